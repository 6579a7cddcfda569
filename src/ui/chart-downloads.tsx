import { useState } from 'react';
import { chartPng, chartSvg, type ChartFrame } from './chart-export';
import { downloadCsv, downloadFile } from './download-file';
import type { CsvCell } from './csv';
import './action-button.css';
import './chart-downloads.css';

interface ChartDownloadsProps extends Omit<ChartFrame, 'permalink'> {
  /** The link that reproduces the chart, read at the click. */
  permalink: () => string;
  /** The chart's `<svg>` on screen, or null while it is not drawn. */
  getSvg: () => SVGSVGElement | null;
  /** The file name without its extension: "shell-count-timeline". */
  fileBase: string;
  /** Each button's accessible name, given the format: "Download the timeline as PNG". */
  label: (format: 'PNG' | 'SVG') => string;
  className?: string;
}

/**
 * Two buttons, "PNG" and "SVG", that save the chart as it is on screen with its title, source line
 * and permalink drawn in (see `chart-export.ts`).
 */
export function ChartDownloads({
  getSvg,
  fileBase,
  label,
  className,
  permalink,
  ...words
}: ChartDownloadsProps) {
  const [busy, setBusy] = useState(false);
  const savePng = () => {
    const svg = getSvg();
    if (!svg || busy) return;
    setBusy(true);
    chartPng(svg, { ...words, permalink: permalink() })
      .then((blob) => {
        downloadFile(`${fileBase}.png`, blob);
      })
      .catch(() => undefined)
      .finally(() => {
        setBusy(false);
      });
  };
  const saveSvg = () => {
    const svg = getSvg();
    if (!svg) return;
    const text = chartSvg(svg, { ...words, permalink: permalink() });
    downloadFile(`${fileBase}.svg`, new Blob([text], { type: 'image/svg+xml;charset=utf-8' }));
  };
  return (
    <div className={`download-buttons ${className ?? ''}`}>
      <button type="button" className="action-button" aria-label={label('PNG')} onClick={savePng}>
        PNG
      </button>
      <button type="button" className="action-button" aria-label={label('SVG')} onClick={saveSvg}>
        SVG
      </button>
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
