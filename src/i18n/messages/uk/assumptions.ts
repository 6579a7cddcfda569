import type { ScenarioId } from '../../../facts/types';
import type { InputKey } from '../../../model/inputs';
import { plural } from '../../format';
import type { assumptions as english } from '../en/assumptions';

/** Why a statement's value is our assumption, for the inputs no statement sets. */
const REFERENCE: Partial<Record<InputKey, string>> = {
  daily: 'Оцінка RUSI на початок 2024 року; темпу вогню в заяві немає.',
  usable: 'Усі снаряди вважаємо справними; у заяві не сказано, скільки з них не спрацьовує.',
  shellKg: 'Осколково-фугасний снаряд 152 мм (ОФ-540) за довідковими даними; маси в заяві немає.',
  payloadKg:
    'Найбільше корисне навантаження 20-футового контейнера ISO; розміру контейнера в заяві немає.',
};

/** Each statement's own assumptions, as in src/facts/scenarios.ts. */
const ASSUMED: Record<ScenarioId, Partial<Record<InputKey, string>>> = {
  'mnd-2023-10': {
    perContainer:
      'Наше прочитання: середина з 270–300 снарядів на контейнер, що випливають із «понад 200 тисяч, ближче до верхньої межі» на 1000 контейнерів.',
  },
  'nis-2023-11': {
    containers: '1 000 000 ÷ 448, наш розрахунок; кількості контейнерів не називали.',
    perContainer:
      'Наше припущення: співвідношення Шін Вон Сіка з лютого 2024 року (448), бо NIS свого не назвала.',
    daily: 'Випливає з «1 мільйон ≈ понад два місяці»: 1 000 000 ÷ 60 днів.',
    start: '«Початок серпня 2023» прочитано як 1 серпня.',
  },
  'shin-2023-12': { perContainer: 'Наш поділ: 2 мільйони ÷ 5000 (152 мм).' },
  'shin-2024-02': {
    perContainer: 'Наш поділ: 3 мільйони ÷ 6700, округлено (152 мм, більше з двох прочитань).',
  },
  'shin-2024-06': { perContainer: 'Наш поділ: 4,8 мільйона ÷ 10 000.' },
  'shin-2024-07': { perContainer: 'Наш поділ: 5,2 мільйона ÷ 11 000, округлено.' },
  'dia-2024-08': {
    perContainer: 'Наш поділ: 6 мільйонів ÷ 13 000, округлено.',
    start: '«Середина 2022 року» прочитано як 1 липня 2022 року.',
  },
  'osc-2025-04': {
    perContainer:
      'Наше прочитання: середнє геометричне з 266–367 снарядів на контейнер, округлене до 0,1.',
    start: '«Вересень 2023» прочитано як 1 вересня.',
    end: '«Березень 2025» прочитано як 31 березня.',
  },
  'dia-2025-07': {
    perContainer: 'Наш поділ: 12 мільйонів ÷ 28 000, округлено.',
    start:
      'Середина 2022 року, як у підрахунках воєнної розвідки Південної Кореї 2024 року, прочитано як 1 липня 2022 року.',
  },
};

const containers = (count: number) =>
  plural(count, 'uk', {
    one: 'контейнер',
    few: 'контейнери',
    many: 'контейнерів',
    other: 'контейнера',
  });

const shells = (count: number) =>
  plural(count, 'uk', { one: 'снаряд', few: 'снаряди', many: 'снарядів', other: 'снаряда' });

export const assumptions: typeof english = {
  title: 'Ваші припущення',
  groups: {
    shipped: 'Що відправили',
    fire: 'Як швидко стріляє Росія',
    when: 'Коли',
    weight: 'Чи вміститься? (перевірка ваги)',
  },
  labels: {
    containers: 'Відправлено контейнерів',
    perContainer: 'Снарядів у контейнері',
    share: 'Контейнери зі снарядами',
    usable: 'Справні снаряди',
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
      case 'daily':
        return `${formatted} ${shells(count)} на добу`;
      case 'shellKg':
      case 'payloadKg':
        return `${formatted} кг`;
      case 'share':
      case 'usable':
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
  publishedRates: 'Опубліковані темпи вогню',
  kindsOfRound: 'Типи боєприпасів',
  containerRatings: 'Типи контейнерів',
  shell152: (kg) => `Снаряд 152 мм, ${kg} кг`,
  rocket122: (kg) => `Ракета «Град» 122 мм, ${kg} кг`,
  payload20: (kg) => `20 футів, ${kg} кг`,
  payload20Old: (kg) => `20 футів, старий стандарт, ${kg} кг`,
  payload40: (kg) => `40 футів, ${kg} кг`,
  whyLabel: 'Чому саме так:',
  why: {
    assumed: (id, key) => ASSUMED[id][key] ?? REFERENCE[key],
    ourAssumption: (text) => `Наше припущення: ${text}`,
    containers: (reported) => `Повідомлено: ${reported} контейнерів.`,
    perContainer: (shellsReported, containersReported) =>
      `Наш поділ повідомлених цифр: ${shellsReported} снарядів на ${containersReported} контейнерів.`,
    share:
      'Вважаємо, що снаряди є в кожному контейнері. Держдеп США говорив про «боєприпаси або матеріали, пов’язані з боєприпасами», тож справжня частка може бути меншою.',
    usable: 'Усі снаряди вважаємо справними.',
    usableGur:
      'Воєнна розвідка України (ГУР) у березні 2024 року заявила, що близько половини отриманих снарядів не працювали.',
    daily: 'Повідомлений темп.',
    start: (period) => `Період підрахунку: ${period}.`,
    end: 'Дата заяви.',
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
