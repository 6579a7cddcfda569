import type { weight as english } from '../en/weight';
import { plural } from '../../format';

// A payload is named in the accusative ("вкладаються у вантажопідйомність …", "більше за …").
export const weight: typeof english = {
  title: 'Чи вмістилося б у контейнер?',
  kg: (amount) => `${amount}\u00a0кг`,
  ratings: {
    'payload-20ft': {
      name: '20 футів',
      payload: (kg) => `вантажопідйомність 20-футового контейнера (${kg})`,
    },
    'payload-20ft-old': {
      name: '20 футів, старий стандарт',
      payload: (kg) => `вантажопідйомність 20-футового контейнера за старим стандартом (${kg})`,
    },
    'payload-40ft': {
      name: '40 футів',
      payload: (kg) => `вантажопідйомність 40-футового контейнера (${kg})`,
    },
  },
  payloadYouSet: (kg) => `вантажопідйомність, яку ви задали (${kg})`,
  rounds: {
    'shell-152mm': (count) =>
      plural(count, 'uk', { one: 'снаряд', few: 'снаряди', many: 'снарядів', other: 'снаряда' }),
    'rocket-122mm': (count) =>
      plural(count, 'uk', { one: 'ракета', few: 'ракети', many: 'ракет', other: 'ракети' }),
    other: (count) =>
      plural(count, 'uk', {
        one: 'боєприпас',
        few: 'боєприпаси',
        many: 'боєприпасів',
        other: 'боєприпасу',
      }),
  },
  subject: (count, rounds, kg, middleOfRange, packaging) =>
    `${count} ${rounds} по ${kg}${middleOfRange ? ' (середина вашого діапазону)' : ''}${packaging === null ? '' : ` з урахуванням ${packaging} на пакування`}`,
  onlyJust: 'Впритул:',
  tooHeavy: 'Занадто важко:',
  fits: (subject, mass, payload, spare) => [
    `${subject} важать `,
    mass,
    ` і вкладаються у ${payload}; запас — ${spare}.`,
  ],
  justFits: (subject, mass, payload, spare) => [
    `${subject} важать `,
    mass,
    ` і вкладаються у ${payload}, але запас лише ${spare}.`,
  ],
  tooHeavyForAll: (subject, mass) => [
    `${subject} важать `,
    mass,
    ' — більше, ніж може взяти будь-який контейнер.',
  ],
  tooHeavyFor: (subject, mass, excess, payload) => [
    `${subject} важать `,
    mass,
    ` — на ${excess} більше за ${payload}.`,
  ],
  most: (count, rounds, payload, packedEach) => [
    `За масою ${payload} дозволяє щонайбільше `,
    count,
    ` ${rounds}${packedEach === null ? '' : ` (по ${packedEach} з пакуванням)`}.`,
  ],
  highEndFits: (high, rounds, mass, payload) =>
    `Ваш діапазон сягає ${high} ${rounds} на контейнер: на цьому краю вони важать ${mass} і все ще вкладаються у ${payload}.`,
  highEndOver: (high, rounds, mass, payload) =>
    `Ваш діапазон сягає ${high} ${rounds} на контейнер: на цьому краю вони важать ${mass} і перевищують ${payload}.`,
  tableCaption: 'Вантажопідйомність контейнерів',
  columns: {
    container: 'Контейнер',
    payload: 'Ліміт',
    // Short, with a soft hyphen, so that the table fits a phone.
    rounds: 'Ці боє\u00adприпаси',
    most: 'Макс.',
  },
  yourChoice: '(ваш вибір)',
  fit: (spare) => `Так, запас ${spare}`,
  over: (excess) => `Важче на ${excess}`,
  packagingAllowance: (percent) =>
    `Запас на пакування: ${percent} — ваше припущення; опублікованих цифр немає.`,
  massOfRound: (kg) => `Маса одного боєприпасу: ${kg},`,
  yourFigure: 'ваша цифра',
  volume: (cubicMetres) =>
    `Об’єм не перевіряємо, лише масу: усередині 20-футового контейнера ${cubicMetres} м³ ·`,
};
