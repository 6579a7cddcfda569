import { plural } from '../../format';
import type { CitationParts, share as english, SentenceAmount, SentenceParts } from '../en/share';

const AUTHOR = 'Лічильник снарядів';
const WORK = 'Північнокорейські снаряди для Росії в місяцях російського вогню';
const KIND = 'Інтерактивний калькулятор';

/** "Цифри: міністр оборони Південної Кореї, червень 2024 р.; звірено з джерелами 5 грудня 2026 р." */
function basis(c: CitationParts): string {
  const scenario = c.changed ? `${c.scenario}, зі зміненими припущеннями` : c.scenario;
  return `Цифри: ${scenario}; звірено з джерелами ${c.reviewed}`;
}

/** A sentence ended once: a date ending in "р." already ends it. */
const ended = (text: string) => (text.endsWith('.') ? text : `${text}.`);

/** "1 снаряд", "2 снаряди", "5 снарядів", "312,4 снаряда". */
const shells = (count: number) =>
  plural(count, 'uk', { one: 'снаряд', few: 'снаряди', many: 'снарядів', other: 'снаряда' });

/** "близько 4,8 млн", "від 3,0 млн до 5,8 млн" (both take the genitive: "снарядів"). */
function amount({ low, high }: SentenceAmount): string {
  return high === null ? `близько ${low}` : `від ${low} до ${high}`;
}

/** "приблизно на 16 місяців", "на 10–19 місяців", "приблизно на 29 днів". */
function fire({ low, high, count, unit }: SentenceParts['fire']): string {
  const words =
    unit === 'months'
      ? { one: 'місяць', few: 'місяці', many: 'місяців', other: 'місяця' }
      : { one: 'день', few: 'дні', many: 'днів', other: 'дня' };
  const number = high === null ? `приблизно на ${low}` : `на ${low}–${high}`;
  return `${number} ${plural(count, 'uk', words)}`;
}

export const share: typeof english = {
  title: 'Поширити',
  intro: 'Посилання зберігає всі змінені вами числа: хто його відкриє, побачить те саме, що й ви.',
  appName: 'Лічильник снарядів',
  shareText: (total, months) => `Близько ${total} снарядів: ${months} міс. російського вогню.`,
  link: {
    openAt: 'Посилання відкриває',
    atTop: 'початок сторінки',
    atSection: (title) => `розділ «${title}»`,
    label: 'Посилання на цей вигляд',
    copy: 'Копіювати посилання',
    share: 'Поширити…',
    copied: 'Посилання скопійовано',
    manual: 'Посилання виділено. Натисніть Ctrl+C (⌘C), щоб скопіювати.',
  },
  sentence: {
    title: 'Речення для цитування',
    note: 'Округлено так, як написав би уважний журналіст, з джерелом кожного числа та посиланням на цей розрахунок.',
    label: 'Речення',
    copy: 'Копіювати речення',
    copied: 'Речення скопійовано',
    manual: 'Речення виділено. Натисніть Ctrl+C (⌘C), щоб скопіювати.',
    pending: 'Обчислюємо діапазони…',
    text: (p) => {
      const fireText =
        `Цього Росії вистачило б ${fire(p.fire)} вогню, якщо вона випускає ` +
        `${p.daily.text} ${shells(p.daily.count)} на день (${p.daily.source})`;
      const shares =
        p.shares === null
          ? ''
          : ` Враховано, що снаряди є в ${p.shares.share.text} контейнерів (${p.shares.share.source}) і справні ${p.shares.usable.text} з них (${p.shares.usable.source}).`;
      const mix =
        p.mix === null
          ? ''
          : ` Враховано, що ${p.mix.share.text} контейнерів (${p.mix.share.source}) везли замість снарядів ${amount(p.mix.rockets)} ${p.mix.calibre}, по ${p.mix.perContainer.text} на контейнер (${p.mix.perContainer.source}).`;
      const tail = ` ${ended(`Цифри звірено з джерелами ${p.reviewed}`)} Розрахунок: ${p.link}`;
      if (p.claim !== null) {
        const c = p.claim;
        const containers =
          c.countedBy === null ? c.containers : `${c.containers} (підрахунок: ${c.countedBy})`;
        const verb = c.kind === 'capacity' ? ' могли вмістити' : ', за оцінкою, перевезли';
        const who = c.who.charAt(0).toLocaleUpperCase('uk') + c.who.slice(1);
        return (
          `${who}, ${c.when}: ${containers}${verb} ${c.rounds} ${c.calibre} ` +
          `(${c.perContainer} на контейнер, наш поділ).${shares} ${fireText}.${tail}`
        );
      }
      const k = p.calculation;
      if (k === null) return `${fireText}.${tail}`;
      return (
        `Якщо в контейнері ${k.perContainer.text} ${shells(k.perContainer.count)} (${k.perContainer.source}), ` +
        `то ${k.containers.text} (${k.containers.source}) ` +
        `${plural(k.containers.count, 'uk', { one: 'вмістив би', other: 'вмістили б' })} ` +
        `${amount(k.shells)} снарядів ` +
        `(наш розрахунок).${shares}${mix} ${fireText}.${tail}`
      );
    },
  },
  cite: {
    title: 'Як цитувати',
    note: 'Посилання в кожній цитаті відкриває цей розрахунок; дата — сьогоднішня, як дата звернення.',
    styles: {
      plain: {
        label: 'Звичайний текст',
        copy: 'Копіювати текст',
        copied: 'Цитату звичайним текстом скопійовано',
      },
      apa: { label: 'APA 7', copy: 'Копіювати APA 7', copied: 'Цитату в стилі APA 7 скопійовано' },
      bibtex: { label: 'BibTeX', copy: 'Копіювати BibTeX', copied: 'Запис BibTeX скопійовано' },
    },
    manual: 'Цитату виділено. Натисніть Ctrl+C (⌘C), щоб скопіювати.',
    plainText: (c) =>
      `${AUTHOR}. «${WORK}». ${KIND}, ${c.year}. ${ended(basis(c))} ${c.link} (дата звернення: ${c.accessed}).`,
    apaText: (c) =>
      `${AUTHOR}. (${c.year}). ${WORK} [${KIND}; ${basis(c)}]. Отримано ${c.accessed} з ${c.link}`,
  },
  embed: {
    title: 'Вбудувати в статтю',
    note: 'Вставте код у HTML вашої сторінки. Блок відкриється з числами, наведеними вище, а читачі зможуть змінювати припущення; скрипт поруч підлаштовує висоту блока під вміст.',
    language: 'Мова',
    followArticle: 'Як у статті',
    colours: 'Кольори',
    themes: { auto: 'Як на пристрої читача', light: 'Світлі', dark: 'Темні' },
    height: 'Початкова висота',
    unit: 'пікс.',
    heightHint: (min, max) =>
      `Висота: від ${min} до ${max} пікс.; діє, доки скрипт не підлаштує блок, або завжди, якщо сайт вилучає скрипти.`,
    heightError: (min, max, kept) =>
      `Введіть ціле число пікселів від ${min} до ${max}. У коді лишається ${kept} пікс.`,
    code: 'Код для вбудовування',
    copy: 'Копіювати код',
    copied: 'Код скопійовано',
    manual: 'Код виділено. Натисніть Ctrl+C (⌘C), щоб скопіювати.',
    kind: 'Вид коду',
    kinds: {
      iframe: 'Інтерактивний блок (зі скриптом)',
      amp: 'Сторінка AMP',
      image: 'Статичне зображення (розсилки, новинні застосунки, друк)',
    },
    ampMore: 'Показати весь Лічильник снарядів',
    imageNote: (statement) =>
      `Зображення і його опис показують дані заяви «${statement}» з посиланням. Їх зроблено разом із сайтом, тож змін вони не відстежують.`,
    imageChanged: (statement) =>
      `Ваші дані відрізняються від заяви «${statement}»: зображення показує її власні. Щоб мати ваші дані як картинку, завантажте графік (Завантаження).`,
    preview: 'Попередній перегляд',
    previewNote:
      'Показано з висотою, указаною в коді. У статті скрипт потім підлаштує блок під вміст.',
  },
};
