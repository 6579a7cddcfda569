import { page } from './page';
import { language } from './language';
import { headline } from './headline';
import type { FirstMessages } from '../en/first';

export const first: FirstMessages = { page, language, headline };
