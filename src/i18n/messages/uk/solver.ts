import type { solver as english } from '../en/solver';
import { plural } from '../../format';

const shells = (count: number) =>
  plural(count, 'uk', { one: 'снаряд', few: 'снаряди', many: 'снарядів', other: 'снаряда' });
const containers = (count: number) =>
  plural(count, 'uk', {
    one: 'контейнер',
    few: 'контейнери',
    many: 'контейнерів',
    other: 'контейнера',
  });

export const solver: typeof english = {
  title: 'Що мало б бути правдою',
  dek: 'Оберіть ціль і одне припущення: калькулятор обчислить, яким мало б бути це припущення, коли всі інші лишаються як є (діапазони — посередині).',
  target: 'Ціль',
  targetValue: 'Значення цілі',
  solveFor: 'Що обчислити',
  kinds: {
    months: 'Місяці обстрілів',
    lastDay: 'Останній день обстрілів',
    total: 'Усього снарядів',
  },
  kindUnits: { months: 'міс.', lastDay: 'РРРР-ММ-ДД', total: 'справних снарядів' },
  unknowns: {
    perContainer: 'Снарядів на контейнер',
    containers: 'Контейнерів',
    daily: 'Пострілів на добу',
  },
  goals: {
    months: (count, formatted) =>
      `Щоб снарядів вистачило на ${formatted} ${plural(count, 'uk', { one: 'місяць', few: 'місяці', many: 'місяців', other: 'місяця' })}`,
    lastDay: (date) => `Щоб снарядів вистачило до ${date}`,
    total: (count, formatted) =>
      `Щоб доставити ${formatted} ${plural(count, 'uk', { one: 'справний снаряд', few: 'справні снаряди', many: 'справних снарядів', other: 'справного снаряда' })}`,
  },
  answers: {
    perContainer: (goal, count, about, exact) =>
      `${goal}, у кожному контейнері мало б бути приблизно ${about} ${shells(count)} (${exact}).`,
    containers: (goal, count, about, exact) =>
      `${goal}, Північна Корея мала б відправити приблизно ${about} ${containers(count)} (${exact}).`,
    daily: (goal, count, about, exact) =>
      `${goal}, Росія мала б випускати приблизно ${about} ${shells(count)} на добу (${exact}).`,
  },
  verdicts: {
    implausible: 'Неправдоподібно.',
    'beyond-published': 'Поза опублікованими даними.',
    plausible: 'Правдоподібно.',
  },
  weighWithin: (mass, payload) =>
    `Вони важили б ${mass} — у межах ${payload}, які може взяти контейнер.`,
  weighOver: (mass, payload) =>
    `Вони важили б ${mass} — більше за ${payload}, які може взяти контейнер.`,
  published: {
    below: (span) => `Це менше за будь-яку опубліковану цифру (${span}).`,
    within: (span) => `Це в межах опублікованих цифр (${span}).`,
    above: (span) => `Це більше за будь-яку опубліковану цифру (${span}).`,
  },
  spans: {
    perContainer: (count, low, high) => `від ${low} до ${high} ${shells(count)} на контейнер`,
    containers: (count, low, high) => `від ${low} до ${high} ${containers(count)}`,
    daily: (count, low, high) => `від ${low} до ${high} ${shells(count)} на добу`,
  },
  cannotUse: (unknown, reason) =>
    `Калькулятор не може цього прийняти: «${unknown}» — ${reason.toLowerCase()}.`,
  use: {
    perContainer: (count, value) => `Взяти ${value} ${shells(count)} на контейнер`,
    containers: (count, value) => `Взяти ${value} ${containers(count)}`,
    daily: (count, value) => `Взяти ${value} ${shells(count)} на добу`,
  },
  applied: (label, value) => `${label}: тепер ${value}.`,
  replacesRange: 'Це замінить ваш діапазон одним числом.',
  failures: {
    notPositive: 'Введіть число, більше за 0',
    lastDayNotAfterCount: (date) =>
      `Снарядів вистачить щонайменше до дати підрахунку, ${date}: оберіть пізніший день`,
    totalIgnoresDaily:
      'Темп російського вогню не змінює кількості доставлених снарядів: натомість обчисліть кількість контейнерів або снарядів на контейнер.',
    nothingDelivered: (label, zero, unknown) =>
      `Якщо «${label}» — ${zero}, цілі не досягти за жодного значення «${unknown}».`,
    noDeliveryPeriod: (reason) => `Спершу перевірте дати: ${reason}.`,
    beyondNumbers: 'Ця ціль завелика, щоб її обчислити.',
  },
};
