import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../utils/triage/detect-language';
import { referenceDetectLanguage } from './detect-language-reference';

describe('detectLanguage', () => {
  it.each([
    ['en', 'Hi Grace, can you send over the final logo files today? Thanks!'],
    ['es', 'Hola Marta, ¿me mandas hoy los archivos finales del catálogo?'],
    ['es', 'Hola Marta, me mandas hoy los archivos finales del catalogo? gracias'],
    ['zh', '你好，麻烦把测试环境的链接再发我一下，谢谢！'],
    ['zh-Hant', '您好，這期的款項公司週轉不過來，要延到明年才能付，請見諒。'],
    ['other', 'Bonjour, pouvez-vous m’envoyer la facture avant vendredi ? Merci.'],
    ['other', 'Guten Tag, können Sie mir bitte die Rechnung bis Freitag schicken?'],
    ['other', 'こんにちは、請求書を送ってください。'],
    ['other', 'Здравствуйте, пришлите, пожалуйста, счёт.'],
    ['unknown', '🙏🙏🎉'],
    ['unknown', ''],
  ])('%s: %s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('mixed mail takes the language most of it is written in', () => {
    expect(detectLanguage('Hi team, quick update from our side. Por cierto, gracias por todo. We will send the photos tomorrow and the copy on Friday.')).toBe('en');
    expect(detectLanguage('你好，我们下周一上线，landing page 的文案请再检查一下，谢谢！')).toBe('zh');
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        expect(['en', 'es', 'zh', 'zh-Hant', 'other', 'unknown']).toContain(detectLanguage(s));
      }),
    );
  });

  it('answers exactly as the plain Set-and-string version on mixed random mail', () => {
    const pieces = [
      'the', 'and', 'you', "i'm", "don't", 'please', 'thanks', 'de', 'la', 'que', 'más', 'está', 'también', 'mañana', 'sé',
      'gracias', '¿', '¡', 'voce', 'não', 'obrigado', 'hello', 'factura', 'invoice', 'ñandú', 'Él', 'THE', 'Está',
      '這', '们', '這們', '这们', '发票', '發票', '谢谢', '謝謝', '合同', '请', '請', 'です', '안녕', 'привет', '🙏', '42',
      ' ', ' ', ' ', ', ', '. ', '\n', "'", '’',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 400 }), (parts) => {
        const text = parts.join('');
        expect(detectLanguage(text)).toBe(referenceDetectLanguage(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('answers as the plain version for every character of Latin and general punctuation, alone and in mail', () => {
    // The Latin-only shortcut covers U+0000–U+036F and U+2000–U+206F: each of them, next to words of every kind.
    for (let c = 0; c < 0x10000; c++) {
      if (!(c <= 0x36f || (c >= 0x2000 && c <= 0x206f)) && c % 97 !== 0) continue;
      const ch = String.fromCharCode(c);
      for (const text of [ch, `${ch}${ch}`, `Thanks, please send it ${ch} today`, `Gracias ${ch} por la factura de hoy`, `发票${ch}`, `x${ch}`]) {
        expect(detectLanguage(text)).toBe(referenceDetectLanguage(text));
      }
    }
  });
});
