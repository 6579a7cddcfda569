import type { Interval } from '../model/ranges';

/**
 * A URL parameter the page could not take as given: which one, what it said, what happened, and
 * the value used instead. Notices are data; `src/i18n` words them.
 */
export type Notice =
  | { kind: 'unknown-key'; key: string }
  | { kind: 'duplicate-key'; key: string; used: string }
  | { kind: 'not-a-number'; key: string; raw: string; used: number | Interval }
  | { kind: 'clamped'; key: string; raw: string; used: number | Interval; bound: 'min' | 'max' }
  | {
      kind: 'range-refused';
      key: string;
      raw: string;
      used: number | Interval;
      why: 'not-positive' | 'not-increasing';
    }
  | { kind: 'not-a-date'; key: string; raw: string; used: string }
  | { kind: 'end-not-after-start'; key: string; raw: string; used: string; start: string }
  | { kind: 'start-not-before-end'; key: string; raw: string; used: string; end: string }
  | { kind: 'unknown-option'; key: string; raw: string; used: string }
  | { kind: 'unknown-version'; key: string; raw: string };
