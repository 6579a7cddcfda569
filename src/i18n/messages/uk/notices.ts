import type { notices as english } from '../en/notices';

export const notices: typeof english = {};
