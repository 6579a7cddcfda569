import type { Hedge } from '../../../facts/statement';
import { plural } from '../../format';
import type { facts as english } from '../en/facts';

/** Each hedge in Ukrainian, before the figure. */
const HEDGES: Record<Hedge, (figure: string) => string> = {
  about: (figure) => `близько ${figure}`,
  'more-than': (figure) => `понад ${figure}`,
  'at-least': (figure) => `щонайменше ${figure}`,
  'as-many-as': (figure) => `до ${figure}`,
  some: (figure) => `близько ${figure}`,
  'about-or-more': (figure) => `близько ${figure} або більше`,
  exactly: (figure) => figure,
};

/** "контейнер", "контейнери", "контейнерів" as the count asks. */
const containerNoun = (count: number) =>
  plural(count, 'uk', {
    one: 'контейнер',
    few: 'контейнери',
    many: 'контейнерів',
    other: 'контейнера',
  });

export const facts: typeof english = {
  // After понад, щонайменше, близько and до the noun is genitive: "понад 1000 контейнерів".
  containers: (hedge, count, formatted) =>
    `${HEDGES[hedge](formatted)} ${hedge === 'exactly' ? containerNoun(count) : 'контейнерів'}`,
  rounds: (hedge, amount) => HEDGES[hedge](amount),
  couldHold: (rounds) => `могли вмістити ${rounds} снарядів`,
  label: (when, who, what) => `${when} · ${who} · ${what}`,
  who: (full, context) => (context === undefined ? full : `${full} (${context})`),
  credit: (who, when) => `${who}, ${when}`,
  kinds: {
    capacity: 'перерахунок місткості',
    estimate: 'оцінка відправлених снарядів',
    count: 'підрахунок контейнерів',
  },
  kindNotes: {
    capacity:
      'Скільки могли б умістити контейнери, якби всі снаряди були 152-мм: це не підрахунок снарядів.',
    estimate: 'Оцінка снарядів, які справді відправили.',
    count: 'Підрахунок контейнерів без кількості снарядів.',
  },
  // In the genitive plural, as they follow a number: "понад 3 млн 152-мм снарядів".
  roundsOf: (rounds, calibre) => `${rounds} ${calibre}`,
  calibres: {
    '152mm': '152-мм снарядів',
    '122mm-rockets': '122-мм реактивних снарядів',
    '122mm-and-152mm': '122- і 152-мм снарядів',
    'artillery-and-rockets': 'артилерійських і реактивних снарядів',
    'shells-and-missiles': 'снарядів і ракет',
    'shells-and-other-munitions': 'снарядів та інших боєприпасів',
    unstated: 'снарядів',
  },
  provenance: {
    yours: 'ваше припущення',
    ours: 'наше припущення',
    calculation: 'наш розрахунок',
    division: (credit) => `наш поділ цифр: ${credit}`,
    reading: (credit) => `наше прочитання заяви: ${credit}`,
    readings: {
      halfAndHalf: 'Навпіл — це наше прочитання слів «це може бути суміш обох».',
    },
    countedBy: (credit, by) => `${credit}; підтвердження: ${by}`,
    classes: {
      statement: 'заява',
      'counted-by': 'заява (чужий підрахунок)',
      division: 'наш поділ',
      reading: 'наше прочитання',
      published: 'оприлюднена цифра',
      reference: 'наше припущення',
      yours: 'ваше значення',
    },
  },
  // The date ends with "р.", which ends the sentence too.
  reviewed: (date) => `Усі цифри звірено з джерелами ${date}`,
  dek: (first, capacity, estimate) =>
    // "Станом на" takes the month as it is named (лютий, липень): "до лютий" would not be Ukrainian.
    `Станом на ${first.when} до Росії вирушило ${first.what} з боєприпасами (${first.who}); ` +
    `станом на ${capacity.when} — ${capacity.what}, які могли вмістити ${capacity.holds ?? ''} ` +
    `(${capacity.who}). Це те, що могли вмістити контейнери. Оцінки справді відправлених ` +
    `снарядів менші: ${estimate.what} станом на ${estimate.when} (${estimate.who}). Кожен підсумок ` +
    'спирається на припущення. Тут їх можна побачити й змінити.',
};
