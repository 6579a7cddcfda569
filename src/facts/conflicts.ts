import type { Lang } from './langs';

/** A disagreement between sources, in one language. */
export interface ConflictWords {
  title: string;
  body: string;
}

/**
 * Where the sources disagree, shown rather than hidden (FACTS.md §1, "Conflicts the app must
 * show"), each in every language.
 */
export const CONFLICTS: readonly Record<Lang, ConflictWords>[] = [
  {
    en: {
      title: 'Capacity is not a count',
      body: 'Most government figures convert containers into what they could hold if all were 152 mm shells. Estimates of rounds actually sent are lower: Ukrainian military intelligence’s 6.5 million (November 2025) against the 12 million of South Korea’s Defense Intelligence Agency (July 2025). The NIS’s 10 million includes missiles; the sanctions team’s 9 million covers 2024 only.',
    },
    ko: {
      title: '적재량은 포탄 수가 아닙니다',
      body: '정부 수치 대부분은 컨테이너에 모두 152 mm 포탄을 실었다면 담을 수 있는 양으로 환산한 것입니다. 실제로 보낸 포탄의 추정치는 더 적습니다. 우크라이나 국방부 정보총국은 650만 발(2025년 11월), 국방정보본부는 1,200만 발(2025년 7월)입니다. 국정원의 1,000만 발에는 미사일이 포함되고, 제재모니터링팀의 900만 발은 2024년만 셉니다.',
    },
    uk: {
      title: 'Місткість — не підрахунок',
      body: 'Більшість урядових цифр — це перерахунок, скільки могли б умістити контейнери, якби всі снаряди були 152-мм. Оцінки справді відправлених снарядів менші: 6,5 млн за ГУР (листопад 2025 р.) проти 12 млн оборонної розвідки Південної Кореї (липень 2025 р.). 10 млн розвідки Південної Кореї включають ракети; 9 млн групи моніторингу санкцій — лише за 2024 р.',
    },
  },
  {
    en: {
      title: '3 million shells or 500,000 rockets, not both',
      body: 'Shin’s February 2024 figures are two fillings of the same 6,700 containers: all 152 mm shells, or all 122 mm rocket-launcher rounds; he said it could be a mix. They are not to be added. The 122 mm figure works out at 75 a container, which fits Grad rockets of about 65 kg.',
    },
    ko: {
      title: '포탄 300만 발 또는 로켓 50만 발, 둘 다는 아닙니다',
      body: '신원식 장관의 2024년 2월 수치는 같은 컨테이너 6,700개를 두 가지로 채운 경우입니다. 모두 152 mm 포탄이거나, 모두 122 mm 방사포탄이며, 섞여 있을 수 있다고 했습니다. 둘을 더해서는 안 됩니다. 122 mm 수치는 컨테이너당 75발로, 약 65 kg인 그라드 로켓에 맞습니다.',
    },
    uk: {
      title: '3 млн снарядів або 500 тис. ракет, а не те й інше',
      body: 'Лютневі цифри Шін Вон Сіка 2024 р. — це два способи заповнити ті самі 6700 контейнерів: або всі 152-мм снаряди, або всі 122-мм реактивні снаряди; він сказав, що це може бути суміш. Їх не можна додавати. Для 122 мм виходить 75 на контейнер, що відповідає ракетам «Град» масою близько 65 кг.',
    },
  },
  {
    en: {
      title: 'How many shells fit in a container',
      body: 'Implied per container: about 400–500 in the government 152 mm conversions; about 75–100 122 mm rockets; about 615 in the NIS’s October 2024 mix of calibres; about 250–380 in the Open Source Centre’s count; 300–500 assumed by ISW and Estonian intelligence. Each is our division.',
    },
    ko: {
      title: '컨테이너 하나에 몇 발이 들어가나',
      body: '컨테이너당 환산값: 정부의 152 mm 환산은 약 400~500발, 122 mm 로켓은 약 75~100발, 국정원의 2024년 10월 혼합 구경은 약 615발, 오픈소스센터 집계는 약 250~380발, ISW와 에스토니아 정보당국의 가정은 300~500발입니다. 모두 자체 계산입니다.',
    },
    uk: {
      title: 'Скільки снарядів уміщує контейнер',
      body: 'На контейнер виходить: близько 400–500 в урядових перерахунках на 152 мм; близько 75–100 122-мм ракет; близько 615 у змішаних калібрах розвідки Південної Кореї (жовтень 2024 р.); близько 250–380 у підрахунку Open Source Centre; 300–500 за припущенням ISW і розвідки Естонії. Усе це наш поділ.',
    },
  },
  {
    en: {
      title: 'When deliveries began',
      body: 'Reports of the February 2024 count run from July, August or September 2023, depending on the outlet. The Defense Intelligence Agency’s series counts from mid-2022.',
    },
    ko: {
      title: '인도는 언제 시작됐나',
      body: '2024년 2월 집계를 전한 보도들은 매체에 따라 2023년 7월, 8월 또는 9월부터 셉니다. 국방정보본부 집계는 2022년 중반부터 셉니다.',
    },
    uk: {
      title: 'Коли почалися поставки',
      body: 'Повідомлення про лютневий підрахунок 2024 р. ведуть відлік від липня, серпня або вересня 2023 р., залежно від видання. Ряд оборонної розвідки Південної Кореї рахує з середини 2022 р.',
    },
  },
  {
    en: {
      title: 'Running totals, not new shipments',
      body: 'Each later count includes the earlier ones, and agencies and start dates differ (the US 16,500 in September 2024; the NIS 13,000 and the Defense Intelligence Agency 20,000 in October 2024). Adding them counts the same containers more than once.',
    },
    ko: {
      title: '새 선적분이 아닌 누적 합계',
      body: '나중 집계는 앞선 집계를 포함하며, 기관과 시작일도 다릅니다(미국 1만 6,500개, 2024년 9월; 국정원 1만 3,000개와 국방정보본부 2만 개, 2024년 10월). 이를 더하면 같은 컨테이너를 여러 번 세게 됩니다.',
    },
    uk: {
      title: 'Накопичені підсумки, а не нові партії',
      body: 'Кожен пізніший підрахунок включає попередні, а відомства й дати початку різняться (США — 16 500 у вересні 2024 р.; розвідка Південної Кореї — 13 000 і оборонна розвідка — 20 000 у жовтні 2024 р.). Якщо їх додати, ті самі контейнери буде пораховано кілька разів.',
    },
  },
  {
    en: {
      title: '10,000 or 6,700 in the same week',
      body: 'In February 2024 the US counted more than 10,000 containers and Seoul about 6,700: the US counted “munitions or munitions-related materials”.',
    },
    ko: {
      title: '같은 주에 1만 개와 6,700개',
      body: '2024년 2월 미국은 컨테이너 1만 개 이상, 한국은 약 6,700개를 셌습니다. 미국은 "군수품 또는 군수 관련 물자"를 셌습니다.',
    },
    uk: {
      title: '10 000 чи 6700 того самого тижня',
      body: 'У лютому 2024 р. США нарахували понад 10 000 контейнерів, а Сеул — близько 6700: США рахували «боєприпаси або пов’язані з ними матеріали».',
    },
  },
  {
    en: {
      title: 'Both directions at Najin',
      body: 'A count of more than 20,000 containers at Najin over 18 months (VOA, March 2025) counts ships in both directions: it is not a figure for North Korea to Russia.',
    },
    ko: {
      title: '나진항의 양방향 물동량',
      body: '18개월 동안 나진항에서 컨테이너 2만 개 이상이라는 집계(VOA, 2025년 3월)는 양방향을 모두 센 것으로, 북한에서 러시아로 간 수치가 아닙니다.',
    },
    uk: {
      title: 'Обидва напрямки в Наджині',
      body: 'Підрахунок понад 20 000 контейнерів у Наджині за 18 місяців (VOA, березень 2025 р.) охоплює обидва напрямки: це не цифра для перевезень із КНДР до Росії.',
    },
  },
];
