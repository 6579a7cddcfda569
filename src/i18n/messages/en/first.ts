import { page } from './page';
import { language } from './language';
import { headline } from './headline';

/** The messages the first screen needs, in English; the other languages copy its shape. */
export const first = { page, language, headline };

export type FirstMessages = typeof first;
