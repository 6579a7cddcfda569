import type { InEachLang } from './langs';

/** A speaker's names in one language. */
export interface SpeakerWords {
  /** Short, for labels: "Feb 2024 · Shin Won-sik · 6,700 containers". */
  name: string;
  /** In full, for the sources: "Defence Minister Shin Won-sik". */
  full: string;
  /**
   * Who they are, for crediting a figure in a sentence: "South Korea's defence minister". Always
   * names the country of an agency, so that a reader never takes Seoul's intelligence for Kyiv's
   * or Washington's.
   */
  credit: string;
}

/**
 * Everyone the statements of FACTS.md §1 quote, written once in each language as that language
 * usually writes them (Korean and Ukrainian press usage), so that no copy can drift.
 */
export const SPEAKERS = {
  'white-house': {
    en: { name: 'White House', full: 'The White House', credit: 'the White House' },
    ko: { name: '백악관', full: '미국 백악관', credit: '미국 백악관' },
    uk: { name: 'Білий дім', full: 'Білий дім', credit: 'Білий дім' },
  },
  'mnd-kr': {
    en: {
      name: 'Seoul’s defence ministry',
      full: 'South Korean defence ministry',
      credit: 'South Korea’s defence ministry',
    },
    ko: { name: '국방부', full: '국방부', credit: '한국 국방부' },
    uk: {
      name: 'Міноборони Південної Кореї',
      full: 'Міністерство оборони Південної Кореї',
      credit: 'Міноборони Південної Кореї',
    },
  },
  'military-kr': {
    en: {
      name: 'South Korean military',
      full: 'South Korean military officials',
      credit: 'South Korean military officials',
    },
    ko: { name: '군 당국', full: '한국 군 당국', credit: '한국 군 당국' },
    uk: {
      name: 'Військові Південної Кореї',
      full: 'Військові посадовці Південної Кореї',
      credit: 'військові Південної Кореї',
    },
  },
  shin: {
    en: {
      name: 'Shin Won-sik',
      full: 'Defence Minister Shin Won-sik',
      credit: 'South Korea’s defence minister',
    },
    ko: { name: '신원식', full: '신원식 국방부 장관', credit: '신원식 국방부 장관' },
    uk: {
      name: 'Шін Вон Сік',
      full: 'міністр оборони Південної Кореї Шін Вон Сік',
      credit: 'міністр оборони Південної Кореї',
    },
  },
  nis: {
    en: {
      name: 'NIS',
      full: 'National Intelligence Service (South Korea)',
      credit: 'South Korea’s National Intelligence Service (NIS)',
    },
    ko: { name: '국정원', full: '국가정보원', credit: '국가정보원' },
    uk: {
      name: 'Розвідка Південної Кореї (NIS)',
      full: 'Національна служба розвідки Південної Кореї (NIS)',
      credit: 'Національна служба розвідки Південної Кореї',
    },
  },
  'dia-kr': {
    en: {
      name: 'DIA',
      full: 'Defense Intelligence Agency (South Korea)',
      credit: 'South Korea’s Defense Intelligence Agency',
    },
    ko: { name: '국방정보본부', full: '국방정보본부', credit: '한국 국방정보본부' },
    uk: {
      name: 'Оборонна розвідка Південної Кореї',
      full: 'Управління оборонної розвідки Міноборони Південної Кореї',
      credit: 'оборонна розвідка Південної Кореї',
    },
  },
  'us-state': {
    en: { name: 'US State Dept', full: 'US State Department', credit: 'the US State Department' },
    ko: { name: '미 국무부', full: '미국 국무부', credit: '미국 국무부' },
    uk: { name: 'Держдеп США', full: 'Державний департамент США', credit: 'Держдепартамент США' },
  },
  isw: {
    en: {
      name: 'ISW',
      full: 'Institute for the Study of War, citing Estonian military intelligence',
      credit: 'the Institute for the Study of War (ISW), citing Estonian military intelligence',
    },
    ko: {
      name: '미 전쟁연구소',
      full: '미국 전쟁연구소(ISW), 에스토니아군 정보당국 인용',
      credit: '미국 전쟁연구소(ISW)',
    },
    uk: {
      name: 'ISW',
      full: 'Інститут вивчення війни (ISW) з посиланням на розвідку Сил оборони Естонії',
      credit: 'Інститут вивчення війни (ISW)',
    },
  },
  hur: {
    en: {
      name: 'Ukrainian intelligence',
      full: 'Ukrainian military intelligence (HUR)',
      credit: 'Ukrainian military intelligence',
    },
    ko: {
      name: '우크라이나 정보총국',
      full: '우크라이나 국방부 정보총국(HUR)',
      credit: '우크라이나 국방부 정보총국',
    },
    uk: { name: 'ГУР', full: 'ГУР Міноборони України', credit: 'ГУР Міноборони України' },
  },
  csis: {
    en: {
      name: 'CSIS',
      full: 'Center for Strategic and International Studies (CSIS)',
      credit: 'the Center for Strategic and International Studies (CSIS)',
    },
    ko: {
      name: 'CSIS',
      full: '미국 전략국제문제연구소(CSIS)',
      credit: '미국 전략국제문제연구소(CSIS)',
    },
    uk: {
      name: 'CSIS',
      full: 'Центр стратегічних і міжнародних досліджень (CSIS)',
      credit: 'Центр стратегічних і міжнародних досліджень (CSIS)',
    },
  },
  'wapo-c4ads': {
    en: {
      name: 'Washington Post, C4ADS',
      full: 'The Washington Post with C4ADS (Russian trade data)',
      credit: 'The Washington Post and C4ADS',
    },
    ko: {
      name: '워싱턴포스트·C4ADS',
      full: '워싱턴포스트·C4ADS(러시아 무역 자료)',
      credit: '워싱턴포스트와 C4ADS',
    },
    uk: {
      name: 'The Washington Post, C4ADS',
      full: 'The Washington Post разом із C4ADS (дані російської торгівлі)',
      credit: 'The Washington Post і C4ADS',
    },
  },
  times: {
    en: {
      name: 'The Times',
      full: 'The Times, citing Western intelligence',
      credit: 'The Times, citing Western intelligence',
    },
    ko: {
      name: '더타임스',
      full: '더타임스(서방 정보 당국 인용)',
      credit: '더타임스(서방 정보 당국 인용)',
    },
    uk: {
      name: 'The Times',
      full: 'The Times з посиланням на західну розвідку',
      credit: 'The Times з посиланням на західну розвідку',
    },
  },
  osc: {
    en: {
      name: 'Open Source Centre',
      full: 'Open Source Centre satellite count, with Reuters',
      credit: 'the Open Source Centre’s satellite count, with Reuters',
    },
    ko: {
      name: '오픈소스센터',
      full: '오픈소스센터 위성 집계(로이터 공동)',
      credit: '오픈소스센터 위성 집계(로이터 공동)',
    },
    uk: {
      name: 'Open Source Centre',
      full: 'супутниковий підрахунок Open Source Centre разом із Reuters',
      credit: 'супутниковий підрахунок Open Source Centre і Reuters',
    },
  },
  msmt: {
    en: {
      name: 'Sanctions monitoring team',
      full: 'Multilateral Sanctions Monitoring Team (11 states)',
      credit: 'the Multilateral Sanctions Monitoring Team of 11 states',
    },
    ko: {
      name: '다국적제재모니터링팀',
      full: '다국적제재모니터링팀(MSMT, 11개국)',
      credit: '11개국 다국적제재모니터링팀(MSMT)',
    },
    uk: {
      name: 'Група моніторингу санкцій',
      full: 'Багатостороння група моніторингу санкцій (MSMT, 11 держав)',
      credit: 'Багатостороння група моніторингу санкцій 11 держав',
    },
  },
} as const satisfies Record<string, InEachLang<SpeakerWords>>;

export type SpeakerId = keyof typeof SPEAKERS;
