import type { sensitivity as english } from '../en/sensitivity';

export const sensitivity: typeof english = {};
