import { page } from './page';
import { language } from './language';
import { headline } from './headline';
import { scenario } from './scenario';

/** The messages the first screen needs, in English; the other languages copy its shape. */
export const first = { page, language, headline, scenario };

export type FirstMessages = typeof first;
