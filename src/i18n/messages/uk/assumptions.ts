import type { assumptions as english } from '../en/assumptions';

export const assumptions: typeof english = {};
