import { uiLanguage } from '../common/i18n';

// The Templates section's own labels, in the UI's language. Kept beside the editor (public/_locales belongs to the
// options page) so the section can be mounted anywhere; keys mirror what a messages.json entry would be called.

const EN = {
  heading: 'Reply templates',
  intro: 'Every draft comes from these texts. Variables in {{double braces}} are filled from the agreement; a sentence whose variable has no value is left out, or replaced by the line starting with "|" below it.',
  kind: 'Request',
  language: 'Language',
  tone: 'Tone',
  step: 'Payment step',
  text: 'Template text',
  preview: 'Preview on sample data',
  variables: 'Variables',
  save: 'Save',
  reset: 'Reset to built-in text',
  saved: 'Template saved.',
  resetDone: 'Built-in text restored.',
  failed: 'Could not save: $1',
  edited: 'edited',
  editedList: 'Your edited templates',
  problems: 'Fix these before saving:',
  at: 'Line $1, column $2: $3',
  previewBlocked: 'The preview shows once the text has no errors.',
  advice: 'Advice',
  warnMissing: 'A reply usually has a $1 section.',
  warnAsk: 'The [ask] line should ask exactly one question (this one has $1).',
  warnQuestion: 'Only [ask] should ask a question; $1 does: "$2"',
  frame: 'Greeting, signature and shared lines',
  warm: 'Warm',
  neutral: 'Neutral',
  firm: 'Firm',
  friendly: 'Friendly reminder',
  firmStep: 'Firm request',
  final: 'Final notice',
} as const;

type Key = keyof typeof EN;

const ES: Record<Key, string> = {
  heading: 'Plantillas de respuesta',
  intro: 'Todos los borradores salen de estos textos. Las variables entre {{llaves dobles}} se rellenan con el acuerdo; la frase cuya variable no tiene valor se omite, o se sustituye por la línea que empieza con "|" debajo.',
  kind: 'Solicitud',
  language: 'Idioma',
  tone: 'Tono',
  step: 'Paso de cobro',
  text: 'Texto de la plantilla',
  preview: 'Vista previa con datos de ejemplo',
  variables: 'Variables',
  save: 'Guardar',
  reset: 'Restablecer el texto original',
  saved: 'Plantilla guardada.',
  resetDone: 'Texto original restablecido.',
  failed: 'No se pudo guardar: $1',
  edited: 'editada',
  editedList: 'Plantillas que ha editado',
  problems: 'Corrija esto antes de guardar:',
  at: 'Línea $1, columna $2: $3',
  previewBlocked: 'La vista previa aparece cuando el texto no tiene errores.',
  advice: 'Consejos',
  warnMissing: 'Una respuesta suele tener una sección $1.',
  warnAsk: 'La línea de [ask] debería hacer exactamente una pregunta (esta hace $1).',
  warnQuestion: 'Solo [ask] debería preguntar; $1 lo hace: «$2»',
  frame: 'Saludo, firma y frases comunes',
  warm: 'Cercano',
  neutral: 'Neutro',
  firm: 'Firme',
  friendly: 'Recordatorio amable',
  firmStep: 'Solicitud firme',
  final: 'Aviso final',
};

const ZH: Record<Key, string> = {
  heading: '回复模板',
  intro: '所有草稿都来自这些文本。{{双大括号}}中的变量由协议内容填充；变量没有值的句子会被省略，或由其下方以“|”开头的行代替。',
  kind: '请求类型',
  language: '语言',
  tone: '语气',
  step: '催款阶段',
  text: '模板文本',
  preview: '示例数据预览',
  variables: '变量',
  save: '保存',
  reset: '恢复为内置文本',
  saved: '模板已保存。',
  resetDone: '已恢复内置文本。',
  failed: '无法保存：$1',
  edited: '已修改',
  editedList: '您修改过的模板',
  problems: '保存前请先修正：',
  at: '第 $1 行第 $2 列：$3',
  previewBlocked: '文本没有错误后才会显示预览。',
  advice: '建议',
  warnMissing: '回复通常应包含 $1 部分。',
  warnAsk: '[ask] 行应当只提一个问题（此处有 $1 个）。',
  warnQuestion: '只有 [ask] 应当提问；$1 中有问题：“$2”',
  frame: '问候、签名和通用语句',
  warm: '亲切',
  neutral: '中性',
  firm: '坚定',
  friendly: '友好提醒',
  firmStep: '正式催款',
  final: '最后通知',
};

const TABLES: Record<string, Record<Key, string>> = { en: EN, es: ES, zh: ZH };

export function editorText(key: Key, ...substitutions: Array<string | number>): string {
  const lang = uiLanguage().toLowerCase().split(/[-_]/)[0];
  const template = (TABLES[lang] ?? EN)[key];
  return template.replace(/\$(\d)/g, (whole, n: string) => String(substitutions[Number(n) - 1] ?? whole));
}

export type EditorTextKey = Key;
