/**
 * Invariants: only strict `YYYY-MM-DD` strings that name a real proleptic Gregorian date from
 * 0001-01-01 to 9999-12-31 parse; a day number is the count of days since 1970-01-01 (UTC); and
 * `isoDateFromDay(parseIsoDate(d))` gives `d` back, so that `addDays(d, n)` followed by
 * `daysBetween(d, …)` gives `n` back. Day numbers below are worked by hand.
 */
import { addDays, daysBetween, isoDateFromDay, parseIsoDate } from '../../src/model/calendar';

const NOT_A_DATE = { ok: false, reason: { kind: 'not-a-date' } };
const BEYOND_CALENDAR = { ok: false, reason: { kind: 'beyond-calendar' } };

/**
 * Dates with their day numbers.
 * 2024-02-29: 1970 → 2024 is 54 years with 13 leap days (1972 … 2020), 54 × 365 + 13 = 19,723;
 *   + 31 (January) + 28 (February 1–28) = 19,782.
 * 0001-01-01: 1969 years × 365 = 718,685, + 477 leap days (492 multiples of 4 below 1970,
 *   − 19 centuries, + 4 of them divisible by 400) = 719,162 days before 1970.
 * 9999-12-31: 8,030 years from 1970 to 10000 × 365 = 2,930,950, + 1,947 leap days (2,007 multiples
 *   of 4 from 1972 to 9996, − 80 centuries 2000 … 9900, + 20 of them divisible by 400) = 2,932,897
 *   days to 10000-01-01, so 2,932,896.
 */
const KNOWN_DAYS = [
  { date: '1970-01-01', day: 0 },
  { date: '1970-01-02', day: 1 },
  { date: '1969-12-31', day: -1 },
  // 1970 → 2000: 30 × 365 + 7 leap days (1972 … 1996) = 10,957
  { date: '2000-01-01', day: 10_957 },
  { date: '2024-02-29', day: 19_782 },
  { date: '0001-01-01', day: -719_162 },
  { date: '9999-12-31', day: 2_932_896 },
];

describe(parseIsoDate, () => {
  it.each(KNOWN_DAYS)('reads $date as day $day', ({ date, day }) => {
    expect(parseIsoDate(date)).toEqual({ ok: true, value: day });
  });

  it.each([
    { text: '2024-02-29', why: '2024 is divisible by 4' },
    { text: '2000-02-29', why: '2000 is divisible by 400' },
    { text: '2023-12-31', why: 'the last day of a year' },
    { text: '0001-01-01', why: 'the first date four digits can write' },
    { text: '0050-02-28', why: 'a year below 100, which Date.UTC would move to 1950' },
    { text: '0099-12-31', why: 'the last day of the first century' },
    { text: '9999-12-31', why: 'the last date four digits can write' },
  ])('accepts $text ($why)', ({ text }) => {
    expect(parseIsoDate(text).ok).toBe(true);
  });

  it.each([
    { text: '2023-02-29', why: '2023 is not a leap year' },
    { text: '1900-02-29', why: '1900 is a century not divisible by 400' },
    { text: '2023-02-30', why: 'February never has 30 days' },
    { text: '2023-04-31', why: 'April has 30 days' },
    { text: '2024-13-01', why: 'there is no 13th month' },
    { text: '2024-00-10', why: 'there is no month 0' },
    { text: '2024-01-00', why: 'there is no day 0' },
    { text: '0000-01-01', why: 'there is no year 0' },
    { text: '2024-2-1', why: 'month and day need two digits' },
    { text: '24-02-01', why: 'the year needs four digits' },
    { text: '+2024-02-01', why: 'no sign' },
    { text: '2024-02-01T00:00:00Z', why: 'a date, not a time' },
    { text: ' 2024-02-01', why: 'no spaces' },
    { text: '2024/02/01', why: 'dashes only' },
    { text: '', why: 'empty' },
    { text: 'abc', why: 'not a date at all' },
  ])('refuses "$text" ($why)', ({ text }) => {
    expect(parseIsoDate(text)).toEqual(NOT_A_DATE);
  });
});

describe(isoDateFromDay, () => {
  it.each(KNOWN_DAYS)('writes day $day as $date', ({ date, day }) => {
    expect(isoDateFromDay(day)).toEqual({ ok: true, value: date });
  });

  it.each([
    { day: -719_163, why: 'the day before 0001-01-01' },
    { day: 2_932_897, why: 'the day after 9999-12-31' },
    { day: Number.POSITIVE_INFINITY, why: 'Infinity' },
    { day: Number.NEGATIVE_INFINITY, why: '-Infinity' },
    { day: Number.NaN, why: 'NaN' },
  ])('refuses day $day ($why)', ({ day }) => {
    expect(isoDateFromDay(day)).toEqual(BEYOND_CALENDAR);
  });

  it('rounds a fractional day down to the day it falls in', () => {
    // day 19,782.9 is still 2024-02-29
    expect(isoDateFromDay(19_782.9)).toEqual({ ok: true, value: '2024-02-29' });
  });
});

describe(daysBetween, () => {
  it.each([
    // Sep 17 (13→30) + Oct 31 + Nov 30 + Dec 31 + Jan 31 + Feb 26 = 166
    { from: '2023-09-13', to: '2024-02-26', days: 166 },
    { from: '2024-02-26', to: '2023-09-13', days: -166 },
    { from: '2024-02-26', to: '2024-02-26', days: 0 },
    { from: '2024-02-28', to: '2024-03-01', days: 2 },
    { from: '2023-02-28', to: '2023-03-01', days: 1 },
    { from: '2000-02-28', to: '2000-03-01', days: 2 },
    { from: '1900-02-28', to: '1900-03-01', days: 1 },
    // Sep 17 + Oct 31 + Nov 30 + Dec 31 + Jan 31 + Feb 29 + Mar 31 + Apr 30 + May 31 + Jun 14 = 275
    { from: '2023-09-13', to: '2024-06-14', days: 275 },
  ])('counts $days days from $from to $to', ({ from, to, days }) => {
    expect(daysBetween(from, to)).toEqual({ ok: true, value: days });
  });

  it.each([
    { from: '2023-02-29', to: '2024-02-26' },
    { from: '2023-09-13', to: 'soon' },
  ])('refuses $from → $to', ({ from, to }) => {
    expect(daysBetween(from, to)).toEqual(NOT_A_DATE);
  });
});

describe(addDays, () => {
  it.each([
    // see tests/model/results.test.ts for the month-by-month count
    { date: '2023-09-13', days: 300, result: '2024-07-09' },
    { date: '2023-09-13', days: 166, result: '2024-02-26' },
    { date: '2024-02-28', days: 1, result: '2024-02-29' },
    { date: '2023-02-28', days: 1, result: '2023-03-01' },
    { date: '2024-03-01', days: -1, result: '2024-02-29' },
    { date: '2024-12-31', days: 1, result: '2025-01-01' },
    { date: '2024-02-26', days: 0, result: '2024-02-26' },
  ])('$date + $days days = $result', ({ date, days, result }) => {
    expect(addDays(date, days)).toEqual({ ok: true, value: result });
  });

  it.each([
    { date: '9999-12-31', days: 1 },
    { date: '0001-01-01', days: -1 },
  ])('refuses $date + $days days as beyond the calendar', ({ date, days }) => {
    expect(addDays(date, days)).toEqual(BEYOND_CALENDAR);
  });

  it('refuses a date that is not one', () => {
    expect(addDays('2023-02-29', 1)).toEqual(NOT_A_DATE);
  });

  const roundTrips = [
    '0001-01-02',
    '0050-06-15',
    '1899-12-31',
    '1970-01-01',
    '2023-09-13',
    '2024-02-29',
  ].flatMap((date) => [0, 1, 29, 365, 366, 1_000, 100_000, -1].map((days) => ({ date, days })));

  it.each(roundTrips)('adds $days days to $date and counts them back', ({ date, days }) => {
    const later = addDays(date, days);
    expect(later.ok).toBe(true);
    const text = later.ok ? later.value : '';
    expect(daysBetween(date, text)).toEqual({ ok: true, value: days });
    const day = parseIsoDate(text);
    expect(isoDateFromDay(day.ok ? day.value : Number.NaN)).toEqual({ ok: true, value: text });
  });
});
