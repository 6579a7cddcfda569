import type { share as english } from '../en/share';

export const share: typeof english = {};
