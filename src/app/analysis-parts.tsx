/**
 * What the page offers below the chart for thinking about the estimate: how the answer spreads,
 * how far each assumption moves it, what would have to be true for a target, and whether it fits. Loaded with the deferred parts.
 */
import { useDeferredValue } from 'react';
import { Tornado } from '../features/sensitivity/tornado';
import { useStore } from '../store/store';
import { useDeferredInputs } from '../store/use-deferred-inputs';

export { SolverPanel } from '../features/solver/solver-panel';
export { SpreadSection } from '../features/spread/spread-section';
export { WeightCheckSection } from '../features/weight/weight-check-section';

/** The tornado chart, a moment behind typing. */
export function WhatMattersMost() {
  const inputs = useDeferredInputs();
  const ranges = useDeferredValue(useStore((state) => state.ranges));
  const statementId = useStore((state) => state.scenarioId);
  return <Tornado inputs={inputs} ranges={ranges} statementId={statementId} />;
}
