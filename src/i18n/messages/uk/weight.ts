import type { weight as english } from '../en/weight';

export const weight: typeof english = {};
