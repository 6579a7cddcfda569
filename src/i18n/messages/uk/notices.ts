import type { notices as english } from '../en/notices';

export const notices: typeof english = {
  title: 'Деякі налаштування в цьому посиланні змінено',
  dismiss: 'Закрити',
  olderFigures:
    'Це посилання створено в попередній версії калькулятора, тож воно зберігає цифри тієї версії. Для цієї заяви є новіші цифри.',
  useNewer: 'Використати новіші цифри',
  unknownKey: (key) => `${key} — не налаштування цього калькулятора; пропущено.`,
  duplicateKey: (key) => `${key} задано кілька разів; використано перше значення.`,
  notANumber: (key, used) => `${key} — не число; використано ${used}.`,
  belowMin: (key, used) => `${key} нижче найменшого допустимого значення; використано ${used}.`,
  aboveMax: (key, used) => `${key} вище найбільшого допустимого значення; використано ${used}.`,
  notADate: (key, used) => `${key} — не справжня дата; використано ${used}.`,
  endNotAfterStart: (key, start, used) =>
    `${key} не пізніше першої поставки (${start}); використано ${used}.`,
  startNotBeforeEnd: (key, end, used) =>
    `${key} не раніше дати підрахунку (${end}); використано ${used}.`,
  unknownOption: (key, option) => `${key} не є одним із варіантів; використано ${option}.`,
  rangeRefused: (key, used) =>
    `${key} не є діапазоном від меншого до більшого вище 0; використано ${used}.`,
  unknownVersion: (key) =>
    `${key} називає версію посилання, якої цей калькулятор не знає; прочитано як найновішу відому.`,
};
