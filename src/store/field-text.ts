import { isUnfinished, parseTypedNumber, type TypedNumberOptions } from '../i18n/parse-number';
import { parseIsoDate } from '../model/calendar';
import {
  numberSpec,
  isDateInputKey,
  numberProblem,
  type InputKey,
  type Inputs,
  type NumericInputKey,
} from '../model/inputs';
import { intervalProblem, isRangeKey, type Interval, type RangeKey } from '../model/ranges';
import { fail, ok, type Outcome } from '../model/reason';

/**
 * How a field's text is read: with a trailing `%` where the field is a percentage ("50%"), as its
 * descriptor says: `readingOptions('usable')` → `{ percent: true }`.
 */
export function readingOptions(key: InputKey): TypedNumberOptions {
  return { percent: !isDateInputKey(key) && numberSpec(key).unit === 'percent' };
}

/**
 * Reads what a person is typing into a field, against the other inputs (a start must stay before
 * the count date and the reverse): only a finished number within the field's bounds is taken.
 * `readFieldText('share', '120', inputs, 'en')` → above-max 100; `readFieldText('share', '1.',
 * inputs, 'en')` → incomplete; `readFieldText('share', '50%', inputs, 'en')` → 50.
 */
export function readFieldText(
  key: InputKey,
  text: string,
  inputs: Inputs,
  locale: string,
): Outcome<number | string> {
  if (isDateInputKey(key)) {
    const trimmed = text.trim();
    const day = parseIsoDate(trimmed);
    if (!day.ok) return trimmed === '' ? fail({ kind: 'not-a-date' }) : day;
    const other = parseIsoDate(key === 'start' ? inputs.end : inputs.start);
    if (other.ok && key === 'start' && day.value >= other.value) {
      return fail({ kind: 'start-not-before-end', end: inputs.end });
    }
    if (other.ok && key === 'end' && day.value <= other.value) {
      return fail({ kind: 'end-not-after-start', start: inputs.start });
    }
    return ok(trimmed);
  }
  const number = parseTypedNumber(text, locale, readingOptions(key));
  if (!number.ok) {
    // "6,700 to 13,000" in an exact field: say how to enter a range rather than "not a number".
    if (isRangeKey(key) && readRangeText(key, text, locale).ok)
      return fail({ kind: 'expected-number' });
    return isUnfinished(text) ? fail({ kind: 'incomplete' }) : number;
  }
  if (isUnfinished(text)) return fail({ kind: 'incomplete' });
  const problem = numberProblem(key, number.value);
  return problem ? fail(problem) : number;
}

/** A value taken when the reader leaves a field, and the bound it was clamped to, if any. */
export interface Committed<T> {
  value: T;
  clamped?: { bound: 'min' | 'max'; typed: T };
}

function clampToBounds(key: NumericInputKey, value: number): Committed<number> {
  const { min, max } = numberSpec(key);
  if (value < min) return { value: min, clamped: { bound: 'min', typed: value } };
  if (value > max) return { value: max, clamped: { bound: 'max', typed: value } };
  return { value };
}

/**
 * What a field takes when the reader leaves it (or presses Enter): a finished or unfinished
 * number ("1." is 1), clamped to the field's bounds as a link's value is, and a date as typing
 * reads it. Text that is no number, or a date out of order, is refused.
 * `commitFieldText('share', '150', inputs, 'en')` → 100, clamped at the max from 150.
 */
export function commitFieldText(
  key: InputKey,
  text: string,
  inputs: Inputs,
  locale: string,
): Outcome<Committed<number | string>> {
  if (isDateInputKey(key)) {
    const read = readFieldText(key, text, inputs, locale);
    return read.ok ? ok({ value: read.value }) : read;
  }
  const number = parseTypedNumber(text, locale, readingOptions(key));
  if (!number.ok) {
    const finished = isUnfinished(text) ? text.trim().slice(0, -1) : null;
    if (finished !== null && finished !== '' && !isUnfinished(finished)) {
      return commitFieldText(key, finished, inputs, locale);
    }
    const refused = readFieldText(key, text, inputs, locale);
    return refused.ok ? ok({ value: refused.value }) : refused;
  }
  return ok(clampToBounds(key, number.value));
}

/**
 * A range as the field takes it when the reader leaves it: ends beyond the bounds are clamped, as
 * a link's are, when the range is otherwise good. `commitRangeText('containers', '6700..2000000',
 * 'en')` → 6,700 to 1,000,000, clamped at the max.
 */
export function commitRangeText(
  key: RangeKey,
  text: string,
  locale: string,
): Outcome<Committed<Interval>> {
  const read = readRangeText(key, text, locale);
  if (read.ok) return ok({ value: read.value });
  if (read.reason.kind !== 'above-max' && read.reason.kind !== 'below-min') return read;
  const ends = splitRange(text);
  const low = ends ? parseTypedNumber(ends[0], locale) : null;
  const high = ends ? parseTypedNumber(ends[1], locale) : null;
  if (!low?.ok || !high?.ok) return read;
  const typed = { low: low.value, high: high.value };
  const { min, max } = numberSpec(key);
  const value = { low: Math.max(min, typed.low), high: Math.min(max, typed.high) };
  if (intervalProblem(key, value)) return read;
  return ok({ value, clamped: { bound: read.reason.kind === 'above-max' ? 'max' : 'min', typed } });
}

/**
 * What joins the two ends of a typed range: `..`, a dash (-, – or —), a tilde (~ or ～, as Korean
 * writes ranges and as Intl formats them in Korean), " to " or Ukrainian " до ". Each alternative
 * has a fixed length, so the search is linear however long the text.
 */
const RANGE_JOIN = /\.\.|[-–—~～]|\s(?:to|до)\s/i;

/** The two ends of a typed range, or null when there is no join after the first character. */
function splitRange(text: string): [string, string] | null {
  const trimmed = text.trim();
  const join = RANGE_JOIN.exec(trimmed.slice(1));
  if (!join) return null;
  const at = join.index + 1;
  return [trimmed.slice(0, at), trimmed.slice(at + join[0].length)];
}

/**
 * Reads what a person typed into a field that is a range. One number alone is refused with a
 * hint, so that a range half typed never turns into an exact value.
 * `readRangeText('containers', '6,700 – 13,000', 'en')` → `{ low: 6700, high: 13000 }`;
 * `readRangeText('containers', '6 700 до 13 000', 'uk')` → the same.
 */
export function readRangeText(key: RangeKey, text: string, locale: string): Outcome<Interval> {
  const ends = splitRange(text);
  if (!ends) {
    const single = parseTypedNumber(text, locale);
    return single.ok ? fail({ kind: 'expected-range' }) : single;
  }
  const low = parseTypedNumber(ends[0], locale);
  const high = parseTypedNumber(ends[1], locale);
  if (!low.ok) return low;
  if (!high.ok) return high;
  const interval = { low: low.value, high: high.value };
  const problem = intervalProblem(key, interval);
  return problem ? fail(problem) : ok(interval);
}
