import type { solver as english } from '../en/solver';

export const solver: typeof english = {};
