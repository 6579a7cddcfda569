import { hasRanges } from '../../model/ranges';
import { useStore, useLang, useLaterMessages } from '../../store/store';
import { useEvaluation, viewCache, type EvaluationView } from '../../store/use-evaluation';
import type { ComparedScenario } from '../../url/compare-query';
import {
  COMPARED_INPUTS,
  COMPARED_RESULTS,
  differenceText,
  figureRangeText,
  comparedFigures,
  figureText,
  inputDiffers,
  inputText,
  type Figure,
} from './compare-figures';

/** The page's own scenario, from the store (the same objects, so nothing re-renders for nothing). */
function usePageScenario(): ComparedScenario {
  const scenarioId = useStore((state) => state.scenarioId);
  const inputs = useStore((state) => state.inputs);
  const ranges = useStore((state) => state.ranges);
  return { scenarioId, inputs, ranges };
}

const comparedView = viewCache();

/** The results of the compared scenario, read as the page's are (its own sampler, same seed). */
function useComparedEvaluation(scenario: ComparedScenario): EvaluationView {
  const sampled = useStore((state) => state.sampled.compare);
  return comparedView(scenario, sampled);
}

/** A result of nothing at all: 0 rounds. */
const isNone = (figure: Figure) => figure.kind === 'number' && figure.value === 0;

/** Exact values for `data-value`, `data-low` and `data-high`; none while pending or impossible. */
function valueAttributes(figure: Figure): Record<string, string> {
  if (figure.kind !== 'number' && figure.kind !== 'date') return {};
  const attributes: Record<string, string> = { 'data-value': String(figure.value) };
  if (figure.low !== undefined && figure.high !== undefined) {
    attributes['data-low'] = String(figure.low);
    attributes['data-high'] = String(figure.high);
  }
  return attributes;
}

interface CellProps {
  figure: Figure;
  text: string;
  range: string | null;
}

function FigureLines({ text, range }: Omit<CellProps, 'figure'>) {
  return (
    <>
      <span className="compare-value">{text}</span>
      {range ? <span className="compare-range">{range}</span> : null}
    </>
  );
}

/** A and B in two columns: the assumptions (differing ones marked) and the headline results. */
export function CompareTable({ b }: { b: ComparedScenario }) {
  const { compare: words } = useLaterMessages();
  const lang = useLang();
  const a = usePageScenario();
  const aFigures = comparedFigures(useEvaluation());
  const bFigures = comparedFigures(useComparedEvaluation(b));
  const ranged = hasRanges(a.ranges) || hasRanges(b.ranges);

  return (
    <>
      <div className="table-scroll compare-scroll">
        <table className="data-table compare-table">
          <caption className="visually-hidden">{words.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{words.what}</th>
              <th scope="col">
                {words.sideA}
                <span className="visually-hidden"> ({words.thisPage})</span>
              </th>
              <th scope="col">{words.sideB}</th>
            </tr>
          </thead>
          <tbody>
            <tr className="compare-group">
              <th scope="colgroup" colSpan={3}>
                {words.inputsHeading}
              </th>
            </tr>
            {COMPARED_INPUTS.map((key) => {
              const differs = inputDiffers(key, a, b);
              return (
                <tr
                  key={key}
                  className={differs ? 'compare-differs' : undefined}
                  data-compare-input={key}
                  data-differs={differs ? 'true' : 'false'}
                >
                  <th scope="row">
                    {differs ? (
                      <span className="compare-mark" aria-hidden="true">
                        {words.differsMark}
                      </span>
                    ) : null}
                    {words.rows[key]}
                    {differs ? <span className="visually-hidden"> ({words.differs})</span> : null}
                  </th>
                  <td>
                    <span className="compare-value">{inputText(key, a, lang)}</span>
                  </td>
                  <td>
                    <span className="compare-value">{inputText(key, b, lang)}</span>
                  </td>
                </tr>
              );
            })}
            <tr className="compare-group">
              <th scope="colgroup" colSpan={3}>
                {words.resultsHeading}
              </th>
            </tr>
            {COMPARED_RESULTS.map((key) => {
              const [aFigure, bFigure] = [aFigures[key], bFigures[key]];
              // A result neither scenario has (no rockets in either) is left out.
              if (isNone(aFigure) && isNone(bFigure)) return null;
              const difference = differenceText(key, aFigure, bFigure, words, lang);
              return (
                <tr key={key}>
                  <th scope="row">{words.rows[key]}</th>
                  <td data-compare-own={key}>
                    <FigureLines
                      text={figureText(key, aFigure, words, lang)}
                      range={figureRangeText(aFigure, words, lang)}
                    />
                  </td>
                  <td>
                    <span
                      className="compare-b"
                      data-compare-result={key}
                      {...valueAttributes(bFigure)}
                    >
                      <FigureLines
                        text={figureText(key, bFigure, words, lang)}
                        range={figureRangeText(bFigure, words, lang)}
                      />
                    </span>
                    {difference ? (
                      <span className="compare-difference" data-compare-difference={key}>
                        {words.versusA(difference)}
                      </span>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="compare-note">{words.legendDiffers}</p>
      {ranged ? <p className="compare-note">{words.mediansNote}</p> : null}
    </>
  );
}
