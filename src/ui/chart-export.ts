import { publishedMark } from './published-mark';
/**
 * A chart as a file that stands on its own, at one fixed size whatever the screen: its title and
 * legend above, the source line, the review date and the permalink below, in the light theme's
 * colours on white. SVG: the chart drawn at the export size, with its computed styles written in
 * (CSS variables and the page's stylesheet do not travel). PNG: that SVG drawn on a canvas by the
 * browser itself, through an image (the page's policy allows `blob:` images for this).
 */

/** A key to one mark of the chart: its words, how it is drawn, and its colour (a CSS variable). */
export interface LegendKey {
  label: string;
  mark: 'line' | 'dashed' | 'dotted' | 'capacity' | 'estimate' | 'box';
  /** The custom property that colours it on screen: `--accent`. */
  colour: `--${string}`;
}

export interface ChartFrame {
  title: string;
  legend: readonly LegendKey[];
  /** "Source: …", drawn under the chart. */
  source: string;
  /** "Figures reviewed 5 December 2026". */
  reviewed: string;
  /** The link that reproduces the chart, written out in full. */
  permalink: string;
}

/** What the chart is drawn at, in CSS pixels, before it is scaled into the file. */
export interface StageSize {
  width: number;
  height: number;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Every file is this wide (CSS px); the PNG has twice as many pixels, for print. */
export const EXPORT_WIDTH = 1200;
const PNG_SCALE = 2;

const PAD = 32;
const TITLE_SIZE = 26;
const LEGEND_SIZE = 15;
const NOTE_SIZE = 13;
const LINE = 1.35;
const GAP = 16;
/** Lines kept for each block, whatever its text, so that every file of a chart is the same size. */
const TITLE_LINES = 2;
const LEGEND_LINES = 2;
const NOTE_LINES = 4;
const KEY_WIDTH = 28;
const KEY_GAP = 8;
const LEGEND_SPACING = 28;

/** The styles a chart's shapes and text need, copied from the stage into the file. */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
] as const;

interface TextLine {
  text: string;
  x: number;
  y: number;
  size: number;
  bold: boolean;
}

interface PlacedKey {
  key: LegendKey;
  x: number;
  y: number;
}

/** Where everything goes in the file. */
interface ExportLayout {
  width: number;
  height: number;
  chart: { x: number; y: number; width: number; height: number };
  lines: TextLine[];
  keys: PlacedKey[];
}

let measurer: CanvasRenderingContext2D | null = null;

function measure(text: string, font: string): number {
  measurer ??= document.createElement('canvas').getContext('2d');
  if (!measurer) return text.length * 0.6 * Number.parseFloat(font.split('px')[0] ?? '12');
  measurer.font = font;
  return measurer.measureText(text).width;
}

const fontOf = (size: number, bold: boolean, family: string) =>
  `${bold ? 700 : 400} ${String(size)}px ${family}`;

/**
 * Text broken into at most `most` lines no wider than `width`: at spaces, and inside a long link
 * after `/`, `?` or `&` (or anywhere, when a piece is still too long); the last line kept ends
 * with "…" when the text needs more.
 */
function wrapText(text: string, font: string, width: number, most: number): string[] {
  const pieces = text.split(/(?<=[\s/?&])/);
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    if (measure(line + piece, font) <= width || line === '') line += piece;
    else {
      lines.push(line.trimEnd());
      line = piece;
    }
    while (measure(line, font) > width && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && measure(line.slice(0, cut), font) > width) cut -= 1;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length <= most) return lines;
  const kept = lines.slice(0, most);
  let last = kept[most - 1] ?? '';
  while (last.length > 1 && measure(`${last}…`, font) > width) last = last.slice(0, -1);
  kept[most - 1] = `${last}…`;
  return kept;
}

/**
 * The file's layout for a chart drawn at `stage`: the chart scaled to the width inside the
 * margins, and room for two lines of title, two of legend and four of notes, used or not, so
 * that the size depends on the chart alone. `family` is the font the text is measured in.
 */
export function exportLayout(frame: ChartFrame, stage: StageSize, family: string): ExportLayout {
  const inner = EXPORT_WIDTH - 2 * PAD;
  const lines: TextLine[] = [];
  const lineHeight = (size: number) => Math.round(size * LINE);
  let y = PAD;
  for (const text of wrapText(frame.title, fontOf(TITLE_SIZE, true, family), inner, TITLE_LINES)) {
    lines.push({ text, x: PAD, y: y + TITLE_SIZE, size: TITLE_SIZE, bold: true });
    y += lineHeight(TITLE_SIZE);
  }
  y = PAD + TITLE_LINES * lineHeight(TITLE_SIZE) + GAP;

  const keys: PlacedKey[] = [];
  const legendFont = fontOf(LEGEND_SIZE, false, family);
  let x = PAD;
  let row = 0;
  for (const key of frame.legend) {
    const width = KEY_WIDTH + KEY_GAP + measure(key.label, legendFont);
    if (x > PAD && x + width > PAD + inner && row < LEGEND_LINES - 1) {
      row += 1;
      x = PAD;
    }
    const rowY = y + row * lineHeight(LEGEND_SIZE);
    keys.push({ key, x, y: rowY + LEGEND_SIZE / 2 + 2 });
    lines.push({
      text: key.label,
      x: x + KEY_WIDTH + KEY_GAP,
      y: rowY + LEGEND_SIZE,
      size: LEGEND_SIZE,
      bold: false,
    });
    x += width + LEGEND_SPACING;
  }
  y += LEGEND_LINES * lineHeight(LEGEND_SIZE) + GAP;

  const chart = {
    x: PAD,
    y,
    width: inner,
    height: Math.round((stage.height * inner) / stage.width),
  };
  y += chart.height + GAP;

  const noteFont = fontOf(NOTE_SIZE, false, family);
  const notes = [frame.source, frame.reviewed, frame.permalink].flatMap((note) =>
    wrapText(note, noteFont, inner, NOTE_LINES),
  );
  for (const text of notes.slice(0, NOTE_LINES)) {
    lines.push({ text, x: PAD, y: y + NOTE_SIZE, size: NOTE_SIZE, bold: false });
    y += lineHeight(NOTE_SIZE);
  }
  const height = chart.y + chart.height + GAP + NOTE_LINES * lineHeight(NOTE_SIZE) + PAD;
  return { width: EXPORT_WIDTH, height, chart, lines, keys };
}

/**
 * Writes the computed styles of `source` and its descendants onto `copy`, a clone of it, as
 * presentation attributes: a file has no stylesheet, and the page's policy forbids `style=""`.
 */
function inlineStyles(source: Element, copy: Element): void {
  const style = getComputedStyle(source);
  if (style.display === 'none' || style.visibility === 'hidden') {
    copy.remove();
    return;
  }
  copy.removeAttribute('style');
  copy.removeAttribute('class');
  for (const property of STYLE_PROPERTIES) {
    const value = style.getPropertyValue(property);
    if (value) copy.setAttribute(property, value);
  }
  const sources = Array.from(source.children);
  const copies = Array.from(copy.children);
  sources.forEach((child, index) => {
    const twin = copies[index];
    if (twin) inlineStyles(child, twin);
  });
}

function svgElement(name: string, attributes: Record<string, string | number>): SVGElement {
  const element = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

/** A legend key's mark, in the colour it has on the stage. */
function keyMark({ key, x, y }: PlacedKey, colour: string): SVGElement {
  const line = (width: number, dashes: string | null) =>
    svgElement('line', {
      x1: x,
      x2: x + KEY_WIDTH,
      y1: y,
      y2: y,
      stroke: colour,
      'stroke-width': width,
      ...(dashes ? { 'stroke-dasharray': dashes } : {}),
    });
  switch (key.mark) {
    case 'line':
      return line(3, null);
    case 'dashed':
      return line(2, '6 4');
    case 'dotted':
      return line(1.5, '2 3');
    case 'capacity':
    case 'estimate': {
      const mark = publishedMark(key.mark, x + KEY_WIDTH / 2, y, 7);
      return svgElement('path', {
        d: mark.d,
        fill: mark.filled ? colour : 'none',
        stroke: colour,
        'stroke-width': mark.filled ? 0 : 1.75,
      });
    }
    case 'box':
      return svgElement('rect', { x, y: y - 6, width: KEY_WIDTH, height: 12, fill: colour });
  }
}

/**
 * The file as an SVG document: `chart`, drawn on its stage at the export size, scaled into the
 * layout's chart box, with the title, legend, source line, review date and permalink as text.
 * Colours and fonts are the stage's (the light theme's, on white).
 */
export function composeSvg(chart: SVGSVGElement, stage: HTMLElement, frame: ChartFrame): string {
  const style = getComputedStyle(stage);
  const family = style.fontFamily || 'sans-serif';
  const box = chart.getBoundingClientRect();
  const size = { width: Math.max(1, box.width), height: Math.max(1, box.height) };
  const layout = exportLayout(frame, size, family);
  const root = svgElement('svg', {
    xmlns: SVG_NS,
    width: layout.width,
    height: layout.height,
    viewBox: `0 0 ${String(layout.width)} ${String(layout.height)}`,
  });
  const title = svgElement('title', {});
  title.textContent = frame.title;
  root.append(title, svgElement('rect', { width: '100%', height: '100%', fill: '#ffffff' }));
  const ink = style.color || '#000000';
  for (const line of layout.lines) {
    const text = svgElement('text', {
      x: line.x,
      y: line.y,
      fill: ink,
      'font-family': family,
      'font-size': line.size,
      'font-weight': line.bold ? 700 : 400,
    });
    text.textContent = line.text;
    root.append(text);
  }
  for (const placed of layout.keys) {
    root.append(keyMark(placed, style.getPropertyValue(placed.key.colour).trim() || ink));
  }
  const copy = chart.cloneNode(true) as SVGSVGElement;
  inlineStyles(chart, copy);
  const { x, y, width, height } = layout.chart;
  for (const [key, value] of Object.entries({ x, y, width, height })) {
    copy.setAttribute(key, String(value));
  }
  copy.setAttribute('viewBox', `0 0 ${String(size.width)} ${String(size.height)}`);
  copy.setAttribute('overflow', 'hidden');
  root.append(copy);
  return new XMLSerializer().serializeToString(root);
}

/** The pixel size of an SVG document this module wrote: its root's width and height. */
function sizeOf(svg: string): StageSize {
  const width = /<svg[^>]*\swidth="(\d+(?:\.\d+)?)"/.exec(svg)?.[1];
  const height = /<svg[^>]*\sheight="(\d+(?:\.\d+)?)"/.exec(svg)?.[1];
  return { width: Number(width ?? EXPORT_WIDTH), height: Number(height ?? EXPORT_WIDTH) };
}

/**
 * The SVG drawn as a PNG by the browser, at `scale` times its size: an image of the file, painted
 * on a canvas. Rejects where a stricter policy than the page's own forbids `blob:` images.
 */
export function svgToPng(svg: string, scale = PNG_SCALE): Promise<Blob> {
  const { width, height } = sizeOf(svg);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  return new Promise<Blob>((resolve, reject) => {
    const image = new Image(width, height);
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(width * scale);
      canvas.height = Math.round(height * scale);
      const context = canvas.getContext('2d');
      if (!context) {
        reject(new Error('No 2D canvas in this browser.'));
        return;
      }
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      canvas.toBlob((blob) => {
        if (blob) resolve(blob);
        else reject(new Error('The chart could not be drawn as PNG.'));
      }, 'image/png');
    };
    image.onerror = () => {
      reject(new Error('The chart could not be drawn as an image here.'));
    };
    image.src = url;
  }).finally(() => {
    URL.revokeObjectURL(url);
  });
}
