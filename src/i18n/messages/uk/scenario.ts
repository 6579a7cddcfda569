import type { scenario as english } from '../en/scenario';

export const scenario: typeof english = {};
