import type { language as english } from '../en/language';

export const language: typeof english = {
  label: 'Мова',
};
