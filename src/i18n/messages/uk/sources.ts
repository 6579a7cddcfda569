import type { sources as english } from '../en/sources';

export const sources: typeof english = {};
