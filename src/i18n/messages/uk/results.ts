import type { results as english } from '../en/results';

export const results: typeof english = {};
