import { featurize } from './featurize';

// A model is only valid for the feature extractor it was trained with. The trainer stores this fingerprint in the
// model file and a test compares it with the code's: change features.ts, the cue lexicons or the rules without
// retraining (`npm run train`) and the test says so, instead of the classifier quietly getting worse.

const PROBES = [
  'Hi Sam, could you also add a members-only login page? We will pay the invoice next month. URGENT!!',
  'Hola Ana, ¿nos haces un descuento del 30%? Mi sobrino dice que esto se hace en una hora.',
  '你好，顺便帮我们加一个在线商城的页面吧。尾款下个月再付，今晚必须给我！',
  '這是第五版了，再改一次就好。合約就不用簽了吧。',
];
const SENT = '2026-11-21T23:30:00+01:00';
const HOURS = { timezone: 'Europe/Madrid', days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' };

export function featureFingerprint(): string {
  let h = 2166136261;
  const mix = (n: number) => (h = Math.imul(h ^ n, 16777619));
  for (const text of PROBES) {
    const { features } = featurize(text, { subject: 'Re: ' + text.slice(0, 12), sentAt: SENT, hours: HOURS, agreement: null });
    for (let i = 0; i < features.ids.length; i++) {
      mix(features.ids[i]!);
      mix(Math.round(features.values[i]! * 1000));
      mix(features.sentence[i]! + 1);
    }
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
