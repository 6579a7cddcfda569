import { useId, useState } from 'react';
import { PUBLISHED_SPANS } from '../../facts/published-spans';
import { addDays } from '../../model/calendar';
import {
  solutionPlausibility,
  targetSolution,
  type Solution,
  type SolutionPlausibility,
  type SolveTarget,
  type SolveUnknown,
} from '../../model/solve';
import { useActions, useStore, useLang, useLaterMessages } from '../../store/store';
import {
  answerText,
  applyTexts,
  defaultTargetText,
  failureText,
  readTarget,
  TARGET_FAILURES,
  verdictDetails,
  type TargetKind,
} from './solver-words';
import '../../ui/action-button.css';
import './solver.css';

const DAYS_IN_YEAR = 365;

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
  const later = useLaterMessages();
  const words = later.solver;
  const lang = useLang();
  if (!solution.ok) {
    return (
      <span className="solver-sentence">{failureText(solution.failure, unknown, later, lang)}</span>
    );
  }
  return (
    <>
      <span className="solver-sentence">
        {answerText(target, unknown, solution.value, later, lang)}
      </span>
      {plausibility ? (
        <span className={`solver-verdict solver-verdict-${plausibility.verdict}`}>
          <strong>{words.verdicts[plausibility.verdict]}</strong>{' '}
          {verdictDetails(plausibility, unknown, later, lang).join(' ')}
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
  const inputs = useStore((state) => state.inputs);
  const ranges = useStore((state) => state.ranges);
  const { setInput } = useActions();
  const later = useLaterMessages();
  const words = later.solver;
  const lang = useLang();
  const [kind, setKind] = useState<TargetKind>('months');
  const [unknown, setUnknown] = useState<SolveUnknown>('perContainer');
  const [texts, setTexts] = useState<Partial<Record<TargetKind, string>>>({});
  const [appliedMessage, setAppliedMessage] = useState('');
  const id = useId();

  const yearAfterCount = addDays(inputs.end, DAYS_IN_YEAR);
  const defaultText =
    kind === 'lastDay'
      ? yearAfterCount.ok
        ? yearAfterCount.value
        : ''
      : defaultTargetText(kind, lang);
  const text = texts[kind] ?? defaultText;
  const read = readTarget(kind, text, later, lang);
  const solution = read.ok ? targetSolution(inputs, ranges, read.target, unknown) : null;
  const targetError = !read.ok
    ? read.message
    : solution && !solution.ok && TARGET_FAILURES.has(solution.failure.kind)
      ? failureText(solution.failure, unknown, later, lang)
      : null;
  const plausibility =
    solution?.ok === true
      ? solutionPlausibility(inputs, unknown, solution.applied, PUBLISHED_SPANS[unknown])
      : null;
  const apply =
    solution?.ok === true && solution.problem === null
      ? applyTexts(unknown, solution.applied, later, lang)
      : null;

  return (
    <section className="solver" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="section-title">
        {words.title}
      </h2>
      <p className="section-dek">{words.dek}</p>
      <div className="solver-fields">
        <SolverSelect
          id={`${id}-kind`}
          label={words.target}
          value={kind}
          options={words.kinds}
          onChange={(value) => {
            setKind(value);
            setAppliedMessage('');
          }}
        />
        <div className="solver-field">
          <label htmlFor={`${id}-value`}>{words.targetValue}</label>
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
              {words.kindUnits[kind]}
            </span>
          </span>
          <p id={`${id}-error`} className="solver-error">
            {targetError}
          </p>
        </div>
        <SolverSelect
          id={`${id}-unknown`}
          label={words.solveFor}
          value={unknown}
          options={words.unknowns}
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
      {solution?.ok === true && apply ? (
        <div className="solver-apply">
          <button
            type="button"
            className="action-button action-button-main"
            onClick={() => {
              setInput(unknown, solution.applied);
              setAppliedMessage(apply.done);
            }}
          >
            {apply.button}
          </button>
          {ranges[unknown] ? <p className="solver-note">{words.replacesRange}</p> : null}
        </div>
      ) : null}
      <p className="solver-applied" role="status">
        {appliedMessage}
      </p>
    </section>
  );
}
