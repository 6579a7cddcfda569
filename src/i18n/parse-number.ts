import { fail, ok, type Outcome } from '../model/reason';

const separatorsByLocale = new Map<string, { group: string; decimal: string }>();

/** The locale's grouping and decimal signs, worked out once per locale (Intl is slow to set up). */
function separators(locale: string): { group: string; decimal: string } {
  let found = separatorsByLocale.get(locale);
  if (!found) {
    const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
    found = {
      group: parts.find((part) => part.type === 'group')?.value ?? ',',
      decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
    };
    separatorsByLocale.set(locale, found);
  }
  return found;
}

/**
 * Reads a number typed by a person in a locale: grouping separators and spaces are ignored and
 * the locale's decimal sign is accepted. `parseTypedNumber('6,700', 'en')` → 6700;
 * `parseTypedNumber('43,56', 'uk')` → 43.56; `parseTypedNumber('abc', 'en')` → not a number.
 */
export function parseTypedNumber(text: string, locale: string): Outcome<number> {
  const trimmed = text.trim();
  if (trimmed === '') return fail({ kind: 'empty' });
  const { group, decimal } = separators(locale);
  let normal = trimmed.replace(/[\s\u00a0\u202f]/g, '');
  // Grouping must fall every three digits: "6,700" is 6700, but "1,5" is a misplaced decimal, not 15.
  const integerPart = normal.split(decimal)[0] ?? '';
  if (group !== decimal && integerPart.includes(group)) {
    const [head = '', ...rest] = integerPart.replace(/^[+\-\u2212]/, '').split(group);
    if (!/^\d{1,3}$/.test(head) || rest.some((part) => !/^\d{3}$/.test(part))) {
      return fail({ kind: 'misplaced-grouping', decimal });
    }
  }
  if (group !== decimal) normal = normal.split(group).join('');
  normal = normal.replace(decimal, '.').replace(/^\u2212/, '-');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(normal))
    return fail({ kind: 'not-a-number' });
  const value = Number(normal);
  return Number.isFinite(value) ? ok(value) : fail({ kind: 'not-a-number' });
}
