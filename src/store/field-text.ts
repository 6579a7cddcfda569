import { parseTypedNumber } from '../i18n/parse-number';
import { parseIsoDate } from '../model/calendar';
import { isDateInputKey, numberProblem, type InputKey, type Inputs } from '../model/inputs';
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
  if (!number.ok) return number;
  const problem = numberProblem(key, number.value);
  return problem ? fail(problem) : number;
}
