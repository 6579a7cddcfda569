import type { timeline as english } from '../en/timeline';

export const timeline: typeof english = {};
