import type { downloads as english } from '../en/downloads';

export const downloads: typeof english = {};
