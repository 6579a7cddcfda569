import type { results as english } from '../en/results';
import { plural } from '../../format';

const shells = (count: number) =>
  plural(count, 'uk', { one: 'снаряд', few: 'снаряди', many: 'снарядів', other: 'снаряда' });
const days = (count: number) =>
  plural(count, 'uk', { one: 'день', few: 'дні', many: 'днів', other: 'дня' });
const months = (count: number) =>
  plural(count, 'uk', { one: 'місяць', few: 'місяці', many: 'місяців', other: 'місяця' });
const containers = (count: number) =>
  plural(count, 'uk', {
    one: 'контейнер',
    few: 'контейнери',
    many: 'контейнерів',
    other: 'контейнера',
  });

export const results: typeof english = {
  range: (text) => `діапазон 90%: ${text}`,
  workingRange: 'Обчислюємо діапазон 90%…',
  medianShells: (count, formatted) => `Медіана: ${formatted} ${shells(count)}`,
  medianMonths: (count, formatted) => `Медіана: ${formatted} ${months(count)} по 30,44 дня`,
  medianDays: (count, formatted, range) => `Медіана: ${formatted} ${days(count)}; ${range}`,
  rangedNote:
    'Медіани й діапазони 90% із 10 000 вибірок у межах ваших діапазонів, щоразу тих самих. Розрахунок нижче бере середину кожного діапазону.',

  perDay: 'Доставлено за день',
  perDayExact: (count, formatted) => `${formatted} ${shells(count)} на день`,
  perDayOver: 'за {days} від першої поставки до підрахунку',
  deliveryDays: (count, formatted) => `${formatted} ${days(count)}`,
  coverage: 'Яку частку добового вогню Росії покрито',
  coverageNote: (daily) => `поставки за період проти ${daily} пострілів на день`,
  estimates: {
    summary: 'Ваш підсумок серед оприлюднених оцінок справді відправлених снарядів',
    statement: 'Оцінка',
    rounds: 'Відправлено снарядів, як повідомлено',
    months: (daily) => `Місяців вогню за ${daily} пострілів на день`,
    yours: 'Ваш підсумок (ця сторінка)',
    note: 'Перерахунків місткості («могли вмістити») тут немає: це те, що могли вмістити контейнери, а не кількість відправлених снарядів.',
  },
  coverageFlag: (daily) =>
    `Понад 100%: за ${daily} пострілів на день ці припущення означають, що Північна Корея доставила більше, ніж Росія загалом випустила, тож усі вони не можуть бути правильними.`,
  coverageWaysLead: 'У який бік може помилятися кожне:',
  coverageWays: {
    containers: 'може бути завищено: до підрахунку контейнерів можуть входити інші вантажі',
    perContainer:
      'може бути завищено: більшість оприлюднених цифр — місткість (якби всі снаряди були 152-мм), а не кількість надісланих',
    share: 'може бути завищено: не в кожному контейнері були снаряди',
    usable: 'може бути завищено: частина снарядів не працювала або потребувала ремонту',
    daily: (low, high) =>
      `може бути занижено: оприлюднені темпи російського вогню — від ${low} до ${high} пострілів на день`,
  },
  weight: 'Вага снарядів одного контейнера',
  kg: (formatted) => `${formatted} кг`,
  fits: 'Вміщується',
  tooHeavy: 'Заважко',
  payloadNote: (share, limit) =>
    `${share} від межі вантажу ${limit}, якщо рахувати лише самі снаряди`,
  fitShare: (share) => ` (вміщується в ${share} вибірок)`,
  eu: 'Порівняно з обіцянкою ЄС про мільйон снарядів',
  euTimes: (formatted) => `${formatted}×`,
  euExact: (formatted) => `${formatted} × 1 млн`,
  euNote: 'ЄС пообіцяв Україні 1 млн снарядів за 12 місяців (березень 2023 року)',
  returned: 'Контейнери, які Росія відправила назад',
  returnedExact: (count, formatted) => `${formatted} ${containers(count)}`,
  returnedNote: 'на 30% більше, ніж Росія отримала; імовірно, здебільшого продовольство',
  rockets: 'Доставлено 122-мм реактивних снарядів',
  rocketsExact: (count, formatted) =>
    `${formatted} ${plural(count, 'uk', { one: 'реактивний снаряд', few: 'реактивні снаряди', many: 'реактивних снарядів', other: 'реактивного снаряда' })}`,
  rocketsNote: (share, perContainer) =>
    `${share} контейнерів, по ${perContainer} у кожному; дні обстрілів рахують лише 152-мм снаряди`,
  rocketsNone: 'усі контейнери враховано як 152-мм снаряди',
  sourceLabel: 'Заява та її джерело',
  also: 'також',
  reported: (containers, rounds, period) =>
    `Повідомлено: ${containers}; ${rounds}. Період: ${period}.`,
  implied: (perContainer) =>
    `На контейнер виходить: ${perContainer} (наш розрахунок, не оприлюднена цифра).`,
  modified: 'Змінено.',
  youChanged: (names) => `Ви змінили: ${names.join(', ')}.`,
  reset: 'Повернутися до цієї заяви',
  creditBased: (label) => `На основі заяви «${label}»:`,
  creditModified: (label) => `Від заяви «${label}», зі зміненими припущеннями:`,
};
