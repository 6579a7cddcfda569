import { page } from './page';
import { language } from './language';
import { working } from './working';
import { headline } from './headline';
import { scenario } from './scenario';

/** The messages the first screen needs, in English; the other languages copy its shape. */
export const first = { page, language, working, headline, scenario };

export type FirstMessages = typeof first;
