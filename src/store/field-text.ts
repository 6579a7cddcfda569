import { parseTypedNumber } from '../i18n/parse-number';
import { parseIsoDate } from '../model/calendar';
import { isDateInputKey, numberProblem, type InputKey, type Inputs } from '../model/inputs';
import { intervalProblem, isRangeKey, type Interval, type RangeKey } from '../model/ranges';
import { fail, ok, type Outcome } from '../model/reason';

/**
 * Reads what a person typed into a field, against the other inputs (a start must stay before the
 * count date and the reverse). `readFieldText('share', '120', inputs, 'en')` → above-max 100.
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
  const number = parseTypedNumber(text, locale);
  if (!number.ok) {
    // "6,700 to 13,000" in an exact field: say how to enter a range rather than "not a number".
    return isRangeKey(key) && readRangeText(key, text, locale).ok
      ? fail({ kind: 'expected-number' })
      : number;
  }
  const problem = numberProblem(key, number.value);
  return problem ? fail(problem) : number;
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
