/**
 * The one way every view reads results (`useEvaluation`): exact inputs give the exact results,
 * final at once; ranges give the centres' results until the first sampling, then the newest
 * sampling, final only when it is for the inputs on screen. And the parts below the results
 * (`Lagged`) read the same state a moment later, never a different one.
 */
import { act, render, screen } from '@testing-library/react';
import { exactEvaluation } from '../../src/model/evaluate';
import { sampleResults } from '../../src/model/sampling';
import { Lagged } from '../../src/store/lagged';
import { samplingKey } from '../../src/store/sampled-slice';
import { resetStore, useStore } from '../../src/store/store';
import { evaluationView, useEvaluation } from '../../src/store/use-evaluation';

beforeEach(() => {
  resetStore();
});

const state = () => useStore.getState();
const actions = () => state().actions;

describe('evaluationView', () => {
  it('gives the exact results of exact inputs, final at once: 6,700 × 448 = 3,001,600', () => {
    const view = evaluationView(state());
    expect(view).toMatchObject({ final: true, ranged: false, sampled: false });
    expect(view.evaluation.totalShells).toStrictEqual({
      median: 3_001_600,
      low: 3_001_600,
      high: 3_001_600,
    });
    expect(view.evaluation).toStrictEqual(exactEvaluation(state().inputs));
  });

  it('returns the same object while nothing it depends on changes, a new one when an input does', () => {
    const first = evaluationView(state());
    actions().setLang('ko');
    expect(evaluationView(state())).toBe(first);
    actions().typeInput('containers', '10000');
    const next = evaluationView(state());
    expect(next).not.toBe(first);
    expect(next.evaluation.totalShells.median).toBe(4_480_000);
  });

  it('with ranges: the centres, not final, until the first sampling; then final only for the inputs on screen', () => {
    actions().setRange('containers', { low: 6_700, high: 13_000 });
    const pending = evaluationView(state());
    expect(pending).toMatchObject({ final: false, ranged: true, sampled: false });
    expect(pending.evaluation.count).toBe(1);
    expect(pending.evaluation.totalShells.median).toBe(state().inputs.containers * 448);

    const { inputs, ranges } = state();
    const results = sampleResults(inputs, ranges);
    actions().publishSampled('page', { key: samplingKey(inputs, ranges), results });
    const ready = evaluationView(state());
    expect(ready).toMatchObject({ final: true, ranged: true, sampled: true });
    expect(ready.evaluation).toBe(results);

    // A keystroke later, the newest sampling still shows, but is not final for the new inputs.
    actions().typeInput('daily', '20000');
    const stale = evaluationView(state());
    expect(stale).toMatchObject({ final: false, sampled: true });
    expect(stale.evaluation).toBe(results);
  });
});

function Total() {
  return <p>{useEvaluation().evaluation.totalShells.median}</p>;
}

describe('Lagged', () => {
  it('shows the parts below the results the same state as the store, once React has drawn them', () => {
    render(
      <>
        <Total />
        <Lagged>
          <Total />
        </Lagged>
      </>,
    );
    expect(screen.getAllByText('3001600')).toHaveLength(2);
    act(() => {
      actions().typeInput('containers', '10000');
    });
    expect(screen.getAllByText('4480000')).toHaveLength(2);
    expect(screen.queryByText('3001600')).toBeNull();
  });
});
