import type { spread as english } from '../en/spread';

export const spread: typeof english = {};
