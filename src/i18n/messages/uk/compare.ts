import type { compare as english } from '../en/compare';
import { plural } from '../../format';

const DAYS = { one: 'день', few: 'дні', many: 'днів', other: 'дня' };
const MONTHS = { one: 'місяць', few: 'місяці', many: 'місяців', other: 'місяця' };

export const compare: typeof english = {
  title: 'Порівняти два сценарії',
  dek:
    'Поставте поруч інше оприлюднене твердження або збережену копію поточних цифр. ' +
    'Посилання зберігає обидва.',
  chooseLabel: 'Порівняти з…',
  freeze: 'Поточні цифри (зберегти копію)',
  presetsGroup: 'Оприлюднені оцінки',
  show: 'Порівняти',
  change: 'Змінити Б',
  changed: (monthYear, who) => `${monthYear} · ${who}, зі змінами`,
  sideA: 'А',
  sideB: 'Б',
  thisPage: 'ця сторінка',
  thisPageIs: (name) => `ця сторінка: ${name}`,
  frozenNote:
    'Б — копія цифр на момент збереження. Змініть припущення вище, щоб побачити, що зміниться.',
  caption: 'А і Б поруч',
  what: 'Показник',
  inputsHeading: 'Припущення',
  resultsHeading: 'Результати',
  differsMark: '≠',
  differs: 'відрізняється',
  legendDiffers: '≠ і жирний шрифт позначають припущення, що відрізняються.',
  rows: {
    containers: 'Контейнери',
    perContainer: 'Снарядів у контейнері',
    share: 'Контейнери зі снарядами',
    usable: 'Справні снаряди',
    rocketShare: 'Заповнено 122-мм реактивними снарядами',
    perContainerRockets: '122-мм реактивних снарядів у контейнері',
    daily: 'Російський вогонь на день',
    start: 'Перша поставка',
    end: 'Дата підрахунку',
    totalShells: 'Усього снарядів',
    totalRockets: '122-мм реактивні снаряди',
    monthsOfFire: 'Місяців російського вогню',
    daysOfFire: 'Днів російського вогню',
    lastsUntil: 'Вистачить до',
  },
  versusA: (difference) => `різниця: ${difference}`,
  same: 'як в А',
  times: (formatted) => `×${formatted}`,
  days: (count, formatted) => `${formatted} ${plural(Math.abs(count), 'uk', DAYS)}`,
  months: (count, formatted) => `${formatted} ${plural(Math.abs(count), 'uk', MONTHS)}`,
  range: (range) => `діапазон 90%: ${range}`,
  mediansNote:
    'Коли задано діапазони, кожна цифра — медіана 10 000 вибірок; різниці рахуються між медіанами.',
  working: 'Обчислення…',
  cannot: 'неможливо обчислити',
  swap: 'Поміняти А і Б місцями',
  load: 'Завантажити Б у калькулятор',
  close: 'Закрити порівняння',
  scrollCue: 'Таблицю можна гортати вбік.',
};
