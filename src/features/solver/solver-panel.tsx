import { useId, useState } from 'react';
import { PUBLISHED_SPANS } from '../../facts/published-spans';
import { explainReason } from '../../i18n/explain';
import {
  formatApprox,
  formatDate,
  formatExact,
  formatFixed,
  formatInput,
  formatTonnes,
  plural,
} from '../../i18n/format';
import { INPUT_LABELS } from '../../i18n/input-labels';
import { parseTypedNumber } from '../../i18n/parse-number';
import { addDays, parseIsoDate } from '../../model/calendar';
import type { Reason } from '../../model/reason';
import {
  solutionPlausibility,
  targetSolution,
  type Solution,
  type SolutionPlausibility,
  type SolveFailure,
  type SolveTarget,
  type SolveUnknown,
  type SpanPosition,
} from '../../model/solve';
import { useCalculatorActions, useCalculatorStore } from '../../store/calculator-store';
import { INPUT_LOCALE as LOCALE } from '../../store/draft-actions';
import './solver.css';

type TargetKind = SolveTarget['kind'];

const TARGET_KINDS: Record<TargetKind, string> = {
  months: 'Months of fire',
  lastDay: 'Last day of fire',
  total: 'Total shells',
};

const TARGET_UNITS: Record<TargetKind, string> = {
  months: 'months',
  lastDay: 'YYYY-MM-DD',
  total: 'working shells',
};

const UNKNOWNS: Record<SolveUnknown, string> = {
  perContainer: 'Shells per container',
  containers: 'Containers',
  daily: 'Shells fired a day',
};

const UNKNOWN_UNITS: Record<SolveUnknown, string> = {
  perContainer: 'shells a container',
  containers: 'containers',
  daily: 'shells a day',
};

/** The targets offered before anything is typed; a last day defaults to a year after the count. */
const DEFAULT_TARGETS = { months: '12', total: '5,000,000' } as const;
const DAYS_IN_YEAR = 365;

type TargetRead = { ok: true; target: SolveTarget } | { ok: false; message: string };

/** Reads the typed target: a number of months or shells, or a calendar date. */
function readTarget(kind: TargetKind, text: string): TargetRead {
  if (kind === 'lastDay') {
    const date = text.trim();
    return parseIsoDate(date).ok
      ? { ok: true, target: { kind, date } }
      : { ok: false, message: explainReason({ kind: 'not-a-date' }) };
  }
  const number = parseTypedNumber(text, LOCALE);
  if (!number.ok) return { ok: false, message: explainReason(number.reason) };
  return {
    ok: true,
    target: kind === 'months' ? { kind, months: number.value } : { kind, shells: number.value },
  };
}

function goalText(target: SolveTarget): string {
  switch (target.kind) {
    case 'months':
      return `To last ${formatExact(target.months, LOCALE)} ${plural(target.months, LOCALE, { one: 'month', other: 'months' })}`;
    case 'lastDay':
      return `To last until ${formatDate(target.date, LOCALE)}`;
    case 'total':
      return `To deliver ${formatExact(target.shells, LOCALE)} working shells`;
  }
}

function answerText(target: SolveTarget, unknown: SolveUnknown, value: number): string {
  const about = value >= 10 ? formatExact(Math.round(value), LOCALE) : formatApprox(value, LOCALE);
  const figure = `about ${about} ${unknown === 'perContainer' ? 'shells' : UNKNOWN_UNITS[unknown]} (${formatFixed(value, LOCALE, 2)})`;
  const need = {
    perContainer: `each container would need ${figure}`,
    containers: `North Korea would have to have sent ${figure}`,
    daily: `Russia would have to fire ${figure}`,
  }[unknown];
  return `${goalText(target)}, ${need}.`;
}

/** Failures that mean the target itself cannot be met: shown as the field's error. */
const TARGET_FAILURES: ReadonlySet<SolveFailure['kind']> = new Set([
  'target-not-a-number',
  'target-not-positive',
  'target-not-a-date',
  'last-day-not-after-count',
]);

function failureText(failure: SolveFailure, unknown: SolveUnknown): string {
  switch (failure.kind) {
    case 'target-not-a-number':
      return explainReason({ kind: 'not-a-number' });
    case 'target-not-positive':
      return 'Enter a number above 0';
    case 'target-not-a-date':
      return explainReason({ kind: 'not-a-date' });
    case 'last-day-not-after-count':
      return `The shells last at least until the count date, ${formatDate(failure.end, LOCALE)}: pick a later day`;
    case 'total-ignores-daily':
      return 'How fast Russia fires does not change how many shells were delivered: solve for containers or shells per container instead.';
    case 'nothing-delivered': {
      const zero = failure.zeroKey === 'share' || failure.zeroKey === 'usable' ? '0%' : '0';
      return `With ${INPUT_LABELS[failure.zeroKey]} at ${zero}, no number of ${UNKNOWNS[unknown].toLowerCase()} can meet the target.`;
    }
    case 'no-delivery-period':
      return `Check the dates first: ${explainReason(failure.reason)}.`;
    case 'beyond-numbers':
      return 'That target is too large to work out.';
  }
}

function boundsText(unknown: SolveUnknown, bounds: Reason): string {
  return `The calculator cannot use it: ${UNKNOWNS[unknown]} ${explainReason(bounds).toLowerCase()}.`;
}

const VERDICT_LEADS: Record<SolutionPlausibility['verdict'], string> = {
  implausible: 'Not plausible.',
  'beyond-published': 'Beyond the published figures.',
  plausible: 'Plausible.',
};

const SPAN_POSITIONS: Record<SpanPosition, string> = {
  below: 'less than any published figure',
  within: 'within the published figures',
  above: 'more than any published figure',
};

/** The verdict in plain words: the physical check, the published figures, the accepted values. */
function verdictDetails(plausibility: SolutionPlausibility, unknown: SolveUnknown): string[] {
  const { payload, published, bounds } = plausibility;
  const details: string[] = [];
  if (payload) {
    const mass = `They would weigh ${formatTonnes(payload.massKg, LOCALE)}`;
    const limit = `the ${formatTonnes(payload.payloadKg, LOCALE)} a container can carry`;
    details.push(payload.fits ? `${mass}, within ${limit}.` : `${mass}, more than ${limit}.`);
  }
  if (published) {
    const span = `${formatExact(published.span.low, LOCALE)} to ${formatExact(published.span.high, LOCALE)} ${UNKNOWN_UNITS[unknown]}`;
    details.push(`That is ${SPAN_POSITIONS[published.position]} (${span}).`);
  }
  if (bounds) details.push(boundsText(unknown, bounds));
  return details;
}

interface SolverSelectProps<T extends string> {
  id: string;
  label: string;
  value: T;
  options: Record<T, string>;
  onChange: (value: T) => void;
}

function SolverSelect<T extends string>({
  id,
  label,
  value,
  options,
  onChange,
}: SolverSelectProps<T>) {
  return (
    <div className="solver-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          onChange(event.target.value as T);
        }}
      >
        {Object.entries<string>(options).map(([option, text]) => (
          <option key={option} value={option}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

interface SolverAnswerProps {
  target: SolveTarget;
  unknown: SolveUnknown;
  solution: Solution;
  plausibility: SolutionPlausibility | null;
}

/** The value needed and the verdict on it, or why no value can meet the target. */
function SolverAnswer({ target, unknown, solution, plausibility }: SolverAnswerProps) {
  if (!solution.ok) {
    return <span className="solver-sentence">{failureText(solution.failure, unknown)}</span>;
  }
  return (
    <>
      <span className="solver-sentence">{answerText(target, unknown, solution.value)}</span>
      {plausibility ? (
        <span className={`solver-verdict solver-verdict-${plausibility.verdict}`}>
          <strong>{VERDICT_LEADS[plausibility.verdict]}</strong>{' '}
          {verdictDetails(plausibility, unknown).join(' ')}
        </span>
      ) : null}
    </>
  );
}

/**
 * "What would have to be true": a target (months, a last day or a total), one assumption to solve
 * for, the value it would need with the others as they are, a verdict on that value, and a button
 * that applies it.
 */
export function SolverPanel() {
  const inputs = useCalculatorStore((state) => state.inputs);
  const ranges = useCalculatorStore((state) => state.ranges);
  const { setInput } = useCalculatorActions();
  const [kind, setKind] = useState<TargetKind>('months');
  const [unknown, setUnknown] = useState<SolveUnknown>('perContainer');
  const [texts, setTexts] = useState<Partial<Record<TargetKind, string>>>({});
  const [appliedMessage, setAppliedMessage] = useState('');
  const id = useId();

  const yearAfterCount = addDays(inputs.end, DAYS_IN_YEAR);
  const defaultText =
    kind === 'lastDay' ? (yearAfterCount.ok ? yearAfterCount.value : '') : DEFAULT_TARGETS[kind];
  const text = texts[kind] ?? defaultText;
  const read = readTarget(kind, text);
  const solution = read.ok ? targetSolution(inputs, ranges, read.target, unknown) : null;
  const targetError = !read.ok
    ? read.message
    : solution && !solution.ok && TARGET_FAILURES.has(solution.failure.kind)
      ? failureText(solution.failure, unknown)
      : null;
  const plausibility =
    solution?.ok === true
      ? solutionPlausibility(inputs, unknown, solution.applied, PUBLISHED_SPANS[unknown])
      : null;

  return (
    <section className="solver" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="section-title">
        What would have to be true
      </h2>
      <p className="section-dek">
        Pick a target and one assumption: the calculator works out what that assumption would have
        to be, with every other one as it is (ranges at their middle).
      </p>
      <div className="solver-fields">
        <SolverSelect
          id={`${id}-kind`}
          label="Target"
          value={kind}
          options={TARGET_KINDS}
          onChange={(value) => {
            setKind(value);
            setAppliedMessage('');
          }}
        />
        <div className="solver-field">
          <label htmlFor={`${id}-value`}>Target value</label>
          <span className="solver-entry">
            <input
              id={`${id}-value`}
              type="text"
              inputMode={kind === 'lastDay' ? 'numeric' : 'decimal'}
              autoComplete="off"
              spellCheck={false}
              value={text}
              aria-invalid={targetError ? true : undefined}
              aria-describedby={`${id}-unit ${id}-error`}
              onChange={(event) => {
                setTexts({ ...texts, [kind]: event.target.value });
                setAppliedMessage('');
              }}
            />
            <span id={`${id}-unit`} className="solver-unit">
              {TARGET_UNITS[kind]}
            </span>
          </span>
          <p id={`${id}-error`} className="solver-error">
            {targetError}
          </p>
        </div>
        <SolverSelect
          id={`${id}-unknown`}
          label="Solve for"
          value={unknown}
          options={UNKNOWNS}
          onChange={(value) => {
            setUnknown(value);
            setAppliedMessage('');
          }}
        />
      </div>
      <output className="solver-answer" htmlFor={`${id}-kind ${id}-value ${id}-unknown`}>
        {read.ok && solution && !targetError ? (
          <SolverAnswer
            target={read.target}
            unknown={unknown}
            solution={solution}
            plausibility={plausibility}
          />
        ) : null}
      </output>
      {solution?.ok === true && solution.problem === null ? (
        <div className="solver-apply">
          <button
            type="button"
            className="solver-button"
            onClick={() => {
              setInput(unknown, solution.applied);
              setAppliedMessage(
                `${INPUT_LABELS[unknown]} is now ${formatInput(solution.applied, LOCALE)}.`,
              );
            }}
          >
            Use {formatInput(solution.applied, LOCALE)} {UNKNOWN_UNITS[unknown]}
          </button>
          {ranges[unknown] ? (
            <p className="solver-note">This replaces your range with one number.</p>
          ) : null}
        </div>
      ) : null}
      <p className="solver-applied" role="status">
        {appliedMessage}
      </p>
    </section>
  );
}
