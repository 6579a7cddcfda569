import type { sensitivity as english } from '../en/sensitivity';
import { plural } from '../../format';

const shells = (count: number) =>
  plural(count, 'uk', { one: 'снаряд', few: 'снаряди', many: 'снарядів', other: 'снаряда' });

// Months here always carry one decimal ("9,9", "10,0"), and a fraction takes the form "місяця".
export const sensitivity: typeof english = {
  title: 'Що важить найбільше',
  dek: (months) =>
    `Кожне припущення змінювали окремо в межах сумніву щодо цієї заяви (її власні застереження, опубліковані перерахунки, темпи вогню й частки справних снарядів; ніколи — підрахунки інших дат) або в межах вашого діапазону, решту лишали як є. Темна лінія позначає нинішню тривалість обстрілів: ${months} місяця.`,
  subjects: {
    containers: 'Кількість контейнерів',
    perContainer: 'Кількість снарядів у контейнері',
    share: 'Частка контейнерів зі снарядами',
    usable: 'Частка справних снарядів',
    rocketShare: 'Співвідношення снарядів і реактивних снарядів',
    daily: 'Щодобовий вогонь Росії',
  },
  spans: {
    containers: (count, low, high) =>
      `від ${low} до ${high} ${plural(count, 'uk', { one: 'контейнер', few: 'контейнери', many: 'контейнерів', other: 'контейнера' })}`,
    perContainer: (count, low, high) => `від ${low} до ${high} ${shells(count)} на контейнер`,
    share: (_count, low, high) => `від ${low} до ${high}`,
    usable: (_count, low, high) => `від ${low} до ${high}`,
    rocketShare: (_count, low, high) => `від ${low} до ${high} з реактивними снарядами`,
    daily: (count, low, high) => `від ${low} до ${high} ${shells(count)} на добу`,
  },
  lead: (subject, span, low, high) =>
    `${subject} важить найбільше: у проміжку ${span} обстріли триватимуть від ${low} до ${high} місяця.`,
  noneMoves: (months) => `Жодне з цих припущень не змінює тривалості обстрілів: ${months} місяця.`,
  spanFrom: {
    range: (span) => `${span}, ваш 90% діапазон`,
    doubt: (span, basis) => `${span}: ${basis}`,
  },
  basis: {
    hedge: (quoted, reading) => `«${quoted}», прочитано як ${reading} (наше прочитання)`,
    ownSpan: 'власний проміжок заяви',
    conversions: (low, high) =>
      `опубліковані перерахунки на 152-мм снаряди, від ${low} до ${high} (наш поділ)`,
    working: (credit) => `від половини справних (${credit}) до всіх`,
    rates: (low, high) => `опубліковані темпи російського вогню, від ${low} до ${high}`,
    notes: {
      mix: 'від усіх 152-мм снарядів до всіх 122-мм реактивних («це може бути суміш»)',
    },
  },
  hedgeReadings: {
    about: 'десята частина в обидва боки',
    some: 'десята частина в обидва боки',
    'more-than': 'до п’ятої частини більше, бо верхньої межі не названо',
    'at-least': 'до п’ятої частини більше, бо верхньої межі не названо',
    'as-many-as': 'до п’ятої частини менше',
    'about-or-more': 'від десятої частини менше до п’ятої частини більше',
    exactly: 'точно',
  },
  ends: (lowMonths, lowAt, highMonths, highAt) =>
    `${lowMonths} місяця при ${lowAt}, ${highMonths} місяця при ${highAt}`,
  at: (value) => `при ${value}`,
  caption: 'Місяці обстрілів, коли одне припущення стоїть на краю свого проміжку',
  assumptionColumn: 'Припущення, перевірений проміжок',
  monthsColumn: (months) => `Місяці обстрілів (зараз ${months})`,
  unvaried: {
    exact: 'названо точно',
    unpublished: 'немає опублікованих цифр',
    'one-calibre': 'у заяві один калібр',
  },
  notVaried: (items) =>
    `Не змінювали: ${items.map(({ label, why }) => `${label} (${why})`).join('; ')}.`,
};
