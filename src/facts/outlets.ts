/**
 * An outlet's name in each language. `null` means that language keeps the outlet's own Latin name
 * (as Ukrainian keeps "Reuters"), which the page then marks `lang="en"` for screen readers.
 */
export interface OutletNames {
  en: string;
  ko: string | null;
  uk: string | null;
}

/**
 * Every outlet a statement, a rate of fire or a figure is cited from (FACTS.md), written once in
 * each language.
 */
export const OUTLETS = {
  'kbs-world': { en: 'KBS World', ko: 'KBS 월드', uk: null },
  'kbs-news': { en: 'KBS News', ko: 'KBS 뉴스', uk: null },
  'news1-english': {
    en: 'News1 (English edition)',
    ko: '뉴스1 영문판',
    uk: 'News1 (англійське видання)',
  },
  news1: { en: 'News1', ko: '뉴스1', uk: null },
  'seoul-shinmun': { en: 'Seoul Shinmun', ko: '서울신문', uk: null },
  'chosun-ilbo': { en: 'Chosun Ilbo', ko: '조선일보', uk: null },
  sbs: { en: 'SBS', ko: 'SBS', uk: null },
  'efe-pledge-times': {
    en: 'EFE via Pledge Times',
    ko: 'EFE 통신(플레지 타임스 전재)',
    uk: 'EFE через Pledge Times',
  },
  'yonhap-cambodia-tribune': {
    en: 'Yonhap via Cambodia Tribune',
    ko: '연합뉴스(캄보디아 트리뷴 전재)',
    uk: 'Йонхап через Cambodia Tribune',
  },
  'army-recognition': { en: 'Army Recognition', ko: '아미 레코그니션', uk: null },
  'reuters-the-star': {
    en: 'Reuters via The Star',
    ko: '로이터(더스타 전재)',
    uk: 'Reuters через The Star',
  },
  politico: { en: 'Politico', ko: '폴리티코', uk: null },
  'in-ukraine': { en: 'IN-Ukraine', ko: null, uk: null },
  'afp-eagle-news': {
    en: 'AFP via Eagle News',
    ko: 'AFP 통신(이글 뉴스 전재)',
    uk: 'AFP через Eagle News',
  },
  'ukrainska-pravda': {
    en: 'Ukrainska Pravda',
    ko: '우크라인스카 프라우다',
    uk: 'Українська правда',
  },
  unn: { en: 'UNN', ko: 'UNN', uk: 'УНН' },
  'rbc-ukraine': { en: 'RBC-Ukraine', ko: 'RBC-우크라이나', uk: 'РБК-Україна' },
  yonhap: { en: 'Yonhap', ko: '연합뉴스', uk: 'Йонхап' },
  'daily-wrap': { en: 'Daily Wrap', ko: null, uk: null },
  'korea-herald': { en: 'Korea Herald', ko: '코리아헤럴드', uk: null },
  'kyiv-independent': { en: 'Kyiv Independent', ko: '키이우 인디펜던트', uk: null },
  'kuki-news': { en: 'Kuki News', ko: '쿠키뉴스', uk: null },
  kollo: { en: 'Kollo', ko: '콜로', uk: null },
  'nagoya-tv': { en: 'Nagoya TV (ANN)', ko: '나고야TV(ANN)', uk: null },
  'joongang-daily': { en: 'Korea JoongAng Daily', ko: '코리아중앙데일리', uk: null },
  'korea-defense-daily': {
    en: 'Korea Defense Daily',
    ko: '국방일보',
    uk: 'Kukbang Ilbo (газета Міноборони Південної Кореї)',
  },
  'menafn-yonhap': { en: 'MENAFN (Yonhap)', ko: 'MENAFN(연합뉴스)', uk: 'MENAFN (Йонхап)' },
  ukrinform: { en: 'Ukrinform', ko: '우크린폼', uk: 'Укрінформ' },
  tsn: { en: 'TSN', ko: 'TSN', uk: 'ТСН' },
  firstpost: { en: 'Firstpost', ko: '퍼스트포스트', uk: null },
  'defense-mirror': { en: 'Defense Mirror', ko: '디펜스 미러', uk: null },
  'keyt-cnn': { en: 'KEYT (CNN)', ko: 'KEYT(CNN)', uk: 'KEYT (CNN)' },
  rusi: { en: 'RUSI', ko: 'RUSI', uk: null },
  'yahoo-nv': { en: 'Yahoo News (NV)', ko: '야후 뉴스(NV)', uk: 'Yahoo News (НВ)' },
  'censor-net': { en: 'Censor.NET', ko: 'Censor.NET', uk: 'Цензор.НЕТ' },
  'liga-net': { en: 'LIGA.net', ko: 'LIGA.net', uk: 'LIGA.net' },
  kuna: { en: 'KUNA', ko: '쿠웨이트 국영통신(KUNA)', uk: null },
  'news-am': { en: 'news.am', ko: null, uk: null },
  'guardian-weekly': {
    en: 'The Guardian Weekly (Magzter)',
    ko: '가디언 위클리(Magzter)',
    uk: null,
  },
  ukranews: { en: 'Ukranews', ko: 'Ukranews', uk: 'Українські новини' },
  babel: { en: 'Babel', ko: 'Babel', uk: 'Бабель' },
  'city-telegraph': { en: 'City Telegraph', ko: null, uk: null },
  'close-the-sky': { en: 'Close the Sky over Ukraine', ko: null, uk: null },
  tass: { en: 'TASS', ko: '타스 통신', uk: 'ТАСС' },
  wikisum: {
    en: '2S3 Akatsiya reference data (Wikipedia mirror)',
    ko: '2С3 아카치야 제원(위키백과 미러)',
    uk: 'Довідкові дані 2С3 «Акація» (дзеркало Вікіпедії)',
  },
  vietnamnet: { en: 'Vietnamnet', ko: '베트남넷', uk: null },
  freightutils: { en: 'FreightUtils', ko: null, uk: null },
  'dimensions-guide': { en: 'Dimensions Guide', ko: null, uk: null },
} as const satisfies Record<string, OutletNames>;

export type OutletId = keyof typeof OUTLETS;
