import { fail, ok, type Outcome } from './reason';

/** A calendar date as `YYYY-MM-DD`, always a real UTC date once it has passed `parseIsoDate`. */
export type IsoDate = string;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Day numbers (days since 1970-01-01) of 0001-01-01 and 9999-12-31: the dates ISO's four digits can write. */
const FIRST_DAY = -719_162;
const LAST_DAY = 2_932_896;

/**
 * Parses a strict ISO calendar date into its day number (days since 1970-01-01, UTC).
 * `parseIsoDate('2024-02-29')` → `{ ok: true, value: 19782 }`; `parseIsoDate('2023-02-29')` → not a date.
 */
export function parseIsoDate(text: string): Outcome<number> {
  const match = ISO_DATE.exec(text);
  if (!match) return fail({ kind: 'not-a-date' });
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  const isReal =
    year >= 1 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day;
  return isReal ? ok(Math.round(date.getTime() / MS_PER_DAY)) : fail({ kind: 'not-a-date' });
}

/** Writes a day number as an ISO date: `isoDateFromDay(19782)` → `'2024-02-29'`; undefined past 9999. */
export function isoDateFromDay(dayNumber: number): Outcome<IsoDate> {
  if (!Number.isFinite(dayNumber) || dayNumber < FIRST_DAY || dayNumber > LAST_DAY) {
    return fail({ kind: 'beyond-calendar' });
  }
  const date = new Date(Math.floor(dayNumber) * MS_PER_DAY);
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  return ok(`${year}-${month}-${day}`);
}

/** Whole days from one valid ISO date to another: `daysBetween('2023-09-13', '2024-02-26')` → 166. */
export function daysBetween(from: IsoDate, to: IsoDate): Outcome<number> {
  const start = parseIsoDate(from);
  const end = parseIsoDate(to);
  if (!start.ok) return start;
  if (!end.ok) return end;
  return ok(end.value - start.value);
}

/** Adds whole days to an ISO date: `addDays('2023-09-13', 300)` → `'2024-07-09'`. */
export function addDays(date: IsoDate, days: number): Outcome<IsoDate> {
  const start = parseIsoDate(date);
  return start.ok ? isoDateFromDay(start.value + days) : start;
}
