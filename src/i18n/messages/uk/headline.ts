import type { headline as english } from '../en/headline';

export const headline: typeof english = {};
