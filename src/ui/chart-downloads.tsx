import { useEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import {
  composeSvg,
  EXPORT_WIDTH,
  svgToPng,
  type ChartFrame,
  type StageSize,
} from './chart-export';
import { downloadCsv, downloadFile } from './download-file';
import type { CsvCell } from './csv';
import './action-button.css';
import './chart-downloads.css';

type Format = 'PNG' | 'SVG';

interface ChartDownloadsProps extends Omit<ChartFrame, 'permalink'> {
  /** The link that reproduces the chart, read at the click. */
  permalink: () => string;
  /** The chart to draw into the file: drawn afresh, off screen, at `stage`'s size. */
  chart: ReactNode;
  /** The size the chart is drawn at before it is scaled to the file's width. */
  stage?: StageSize | undefined;
  /** The file name without its extension: "shell-count-timeline". */
  fileBase: string;
  /** Each button's accessible name, given the format: "Download the timeline as PNG". */
  label: (format: Format) => string;
  /** Said when the browser cannot draw the PNG (a host's stricter policy): "Use SVG instead". */
  failed: string;
  className?: string;
}

/** Frames to wait for the chart on the stage to be drawn, at most (about two seconds). */
const MOST_FRAMES = 120;

function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      resolve();
    });
  });
}

/** The stage's chart once it is drawn at the stage's width, or null if it never is. */
async function drawnChart(stage: HTMLElement): Promise<SVGSVGElement | null> {
  for (let frame = 0; frame < MOST_FRAMES; frame += 1) {
    await nextFrame();
    const svg = stage.querySelector('svg');
    if (svg && svg.getBoundingClientRect().width > 0 && svg.childElementCount > 0) {
      // One more frame for what a chart draws after it knows its size (recharts' lines).
      await nextFrame();
      return svg;
    }
  }
  return null;
}

/**
 * Two buttons, "PNG" and "SVG", that save the chart at one fixed size whatever the screen, with
 * its title, legend, source line, review date and permalink drawn in (see `chart-export.ts`): the
 * chart is drawn afresh for the file, off screen, in the light theme.
 */
export function ChartDownloads({
  chart,
  stage = { width: EXPORT_WIDTH - 64, height: 520 },
  fileBase,
  label,
  failed,
  className,
  permalink,
  ...words
}: ChartDownloadsProps) {
  // What to save, with the words and the link as they were at the click.
  const [pending, setPending] = useState<{ format: Format; frame: ChartFrame } | null>(null);
  const [problem, setProblem] = useState(false);
  const stageRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = stageRef.current;
    if (pending === null || element === null) return;
    const run = new AbortController();
    void (async () => {
      const svg = await drawnChart(element);
      if (run.signal.aborted) return;
      try {
        if (svg === null) throw new Error('The chart was not drawn.');
        const text = composeSvg(svg, element, pending.frame);
        if (pending.format === 'SVG') {
          downloadFile(
            `${fileBase}.svg`,
            new Blob([text], { type: 'image/svg+xml;charset=utf-8' }),
          );
        } else {
          downloadFile(`${fileBase}.png`, await svgToPng(text));
        }
        setProblem(false);
      } catch {
        setProblem(true);
      } finally {
        setPending(null);
      }
    })();
    return () => {
      run.abort();
    };
  }, [pending, fileBase]);

  const button = (format: Format) => (
    <button
      type="button"
      className="action-button"
      aria-label={label(format)}
      aria-disabled={pending !== null}
      onClick={() => {
        if (pending === null) setPending({ format, frame: { ...words, permalink: permalink() } });
      }}
    >
      {format}
    </button>
  );
  return (
    <div className={`download-buttons ${className ?? ''}`}>
      {button('PNG')}
      {button('SVG')}
      <p className="download-problem" role="status">
        {problem ? failed : null}
      </p>
      {pending === null
        ? null
        : createPortal(
            <div
              ref={stageRef}
              className="chart-export-stage light-palette"
              aria-hidden="true"
              style={{ width: stage.width, height: stage.height }}
            >
              {chart}
            </div>,
            document.body,
          )}
    </div>
  );
}

interface CsvButtonProps {
  /** The file's first line at the moment of the click: what it shows, its link and the date. */
  heading: () => string;
  /** The rows at the moment of the click, header first. */
  rows: () => readonly (readonly CsvCell[])[];
  fileName: string;
  /** What the button says: "Results". */
  children: string;
  /** Its accessible name: "Download the results as CSV". */
  label: string;
  disabled?: boolean;
}

/** One button that saves rows as a UTF-8 CSV file, under a line that says what they are. */
export function CsvButton({
  heading,
  rows,
  fileName,
  children,
  label,
  disabled = false,
}: CsvButtonProps) {
  return (
    <button
      type="button"
      className="action-button"
      aria-label={label}
      disabled={disabled}
      onClick={() => {
        downloadCsv(fileName, heading(), rows());
      }}
    >
      {children}
    </button>
  );
}
