import { plural } from '../../format';
import type { assumptions as english } from '../en/assumptions';
import { sources } from './sources';

const containers = (count: number) =>
  plural(count, 'uk', {
    one: 'контейнер',
    few: 'контейнери',
    many: 'контейнерів',
    other: 'контейнера',
  });

const shells = (count: number) =>
  plural(count, 'uk', { one: 'снаряд', few: 'снаряди', many: 'снарядів', other: 'снаряда' });

const rockets = (count: number) =>
  plural(count, 'uk', {
    one: 'реактивний снаряд',
    few: 'реактивні снаряди',
    many: 'реактивних снарядів',
    other: 'реактивного снаряда',
  });

export const assumptions: typeof english = {
  title: 'Ваші припущення',
  groups: {
    shipped: 'Що відправили',
    mix: '152-мм снаряди чи 122-мм реактивні снаряди',
    fire: 'Як швидко стріляє Росія',
    when: 'Коли',
    weight: 'Чи вміститься? (перевірка ваги)',
  },
  labels: {
    containers: 'Відправлено контейнерів',
    perContainer: 'Снарядів у контейнері',
    share: 'Контейнери зі снарядами',
    usable: 'Справні снаряди',
    rocketShare: 'Заповнено 122-мм реактивними снарядами',
    perContainerRockets: '122-мм реактивних снарядів у контейнері',
    daily: 'Російський вогонь за добу',
    start: 'Перша поставка',
    end: 'Дата підрахунку',
    shellKg: 'Маса одного снаряда',
    payloadKg: 'Вантажопідйомність контейнера',
    packaging: 'Надбавка на упаковку (припущення)',
  },
  units: {
    containers: 'контейнерів',
    perContainer: 'снарядів',
    share: '%',
    usable: '%',
    rocketShare: '%',
    perContainerRockets: 'реактивних снарядів',
    daily: 'снарядів на добу',
    start: 'РРРР-ММ-ДД',
    end: 'РРРР-ММ-ДД',
    shellKg: 'кг',
    payloadKg: 'кг',
    packaging: '% маси боєприпасів',
  },
  quantity: (key, count, formatted) => {
    switch (key) {
      case 'containers':
        return `${formatted} ${containers(count)}`;
      case 'perContainer':
        return `${formatted} ${shells(count)}`;
      case 'perContainerRockets':
        return `${formatted} ${rockets(count)}`;
      case 'daily':
        return `${formatted} ${shells(count)} на добу`;
      case 'shellKg':
      case 'payloadKg':
        return `${formatted} кг`;
      case 'share':
      case 'usable':
      case 'rocketShare':
      case 'packaging':
        return `${formatted}%`;
    }
  },
  didYouMean: (quantity) => `Може, ви мали на увазі ${quantity}?`,
  readAs: (quantity) => `Прочитано як ${quantity}`,
  readsAsDate: (date) => `Читається як ${date}`,
  refused: (problem, quantity) => `${problem}. Розрахунок і далі використовує ${quantity}.`,
  allowed: (min, max) => `Допустимо: від ${min} до ${max}`,
  arrows: (step, bigStep) =>
    `. Клавіші зі стрілками вгору й униз змінюють значення на ${step}, з клавішею верхнього регістру — на ${bigStep}`,
  rangeHint: (max) =>
    `Введіть нижню й верхню межі 90-відсоткового діапазону через тире або «до»: справжнє значення лежить між ними 9 разів із 10. Більше за 0, до ${max}.`,
  range: 'Діапазон',
  rangeFor: (label) => `Діапазон: ${label.toLowerCase()}`,
  slider: (label) => `${label}, повзунок`,
  calendar: (label) => `${label}: вибрати в календарі`,
  datePlaceholder: 'РРРР-ММ-ДД',
  publishedValues: 'Оприлюднені значення',
  mixChoices: { 0: 'Усі — 152-мм снаряди', 50: 'Навпіл', 100: 'Усі — 122-мм ракети' },
  mixLabel: 'Чим заповнені контейнери',
  publishedRates: 'Опубліковані темпи вогню',
  seriesShare: (percent, atMost, from, to, days) =>
    `За датованими цифрами Сирського (${from} – ${to}, ${days}) поставки становили ${atMost ? 'щонайбільше' : 'близько'} ${percent} російського вогню.`,
  seriesNone: 'Датовані цифри Сирського не охоплюють цих днів поставок.',
  kindsOfRound: 'Типи боєприпасів',
  containerRatings: 'Типи контейнерів',
  shell152: (kg) => `Снаряд 152 мм, ${kg} кг`,
  rocket122: (kg) => `Ракета «Град» 122 мм, ${kg} кг`,
  payload20: (kg) => `20 футів, ${kg} кг`,
  payload20Old: (kg) => `20 футів, старий стандарт, ${kg} кг`,
  payload40: (kg) => `40 футів, ${kg} кг`,
  whyLabel: 'Чому саме так:',
  why: {
    containers: (reported) => `Повідомлено: ${reported}.`,
    countedBy: (reported, counter, by) =>
      `Повідомлено: ${reported}; підрахунок: ${counter}, підтвердження: ${by}.`,
    division: (rounds, containers) => `Наш поділ оприлюднених цифр: ${rounds} на ${containers}.`,
    otherwise: {
      noRockets: (division, rounds, containers) =>
        `Ця заява не містить цифри для 122-мм снарядів. Типове значення — ${division} (${rounds} на ${containers}).`,
    },
    start: (period) => `Період підрахунку: ${period}.`,
    notes: {
      share:
        'Вважаємо, що снаряди були в усіх контейнерах. Держдепартамент США говорив про «боєприпаси або пов’язані з ними матеріали», тож справжня частка може бути меншою.',
      usable:
        'Усі постріли вважаються справними; у заяві не сказано, скільки з них відмовляють. ГУР Міноборони України в лютому 2024 р. заявило, що половина отриманих снарядів не працює.',
      rocketShare: 'Вважаємо, що в усіх контейнерах 152-мм снаряди, як і в урядових перерахунках.',
      daily: 'Оцінка RUSI на початок 2024 року; у заяві темпу немає.',
      end: 'Дата заяви.',
      shellKg:
        '152-мм осколково-фугасний снаряд (ОФ-540) за довідковими даними; у заяві маси немає.',
      payloadKg:
        'Максимальний вантаж 20-футового контейнера ISO; у заяві розміру контейнера немає.',
      packaging: sources.packagingNote,
    },
  },

  reasons: {
    empty: 'Введіть число',
    incomplete: 'Число ще не дописане',
    notANumber: 'Це не число',
    misplacedGrouping: (decimal) => `Це не число: десятковий знак тут «${decimal}»`,
    belowMin: (min) => `Має бути не менше ${min}`,
    aboveMax: (max) => `Має бути не більше ${max}`,
    notADate: 'Такої дати немає (формат РРРР-ММ-ДД)',
    endNotAfterStart: (start) => `Має бути пізніше першої поставки (${start})`,
    startNotBeforeEnd: (end) => `Має бути раніше дати підрахунку (${end})`,
    beyondCalendar: 'Пізніше 9999 року',
    rangeNotPositive: 'Діапазон має починатися вище 0',
    rangeNotIncreasing: 'Нижня межа має бути меншою за верхню',
    expectedRange: (example) => `Введіть два числа, нижню й верхню межі (напр. ${example})`,
    expectedNumber: 'Введіть одне число або увімкніть «Діапазон»',
  },
};
