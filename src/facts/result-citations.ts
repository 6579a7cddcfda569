import type { Citation } from './types';

/** Shin Won-sik to KBS, 2024-02-26: the +30% returns and the factory figures. */
export const SHIN_TO_KBS: Citation = {
  speaker: 'Defence Minister Shin Won-sik',
  outlet: 'KBS World',
  date: '2024-02-26',
  url: 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=183924',
};

/** Source of the EU's one-million-shell pledge, cited beside `euMultiple`. */
export const EU_PLEDGE_SOURCE: Citation = {
  speaker: 'Josep Borrell, EU foreign policy chief',
  outlet: 'Politico',
  date: '2024-01-31',
  url: 'https://www.politico.eu/article/eu-to-ukraine-half-is-better-than-nothing-when-it-comes-to-ammunition/',
};
