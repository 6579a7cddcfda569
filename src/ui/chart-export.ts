/**
 * A chart on screen as a file that stands on its own: its title above, the source line and the
 * permalink below, the colours and fonts it has on screen. SVG: a clone of the chart with its
 * computed styles written in (CSS variables and the page's stylesheet do not travel). PNG: the
 * same picture drawn on a canvas shape by shape, because the page's Content-Security-Policy
 * (`img-src 'self'`) lets no `blob:` or `data:` image load, so the SVG cannot be drawn as one.
 */

export interface ChartFrame {
  title: string;
  /** "Source: …", drawn under the chart. */
  source: string;
  /** The link that reproduces the chart, written out in full. */
  permalink: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The styles a chart's shapes and text need, copied from the screen into the file. */
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

const PAD = 16;
const TITLE_SIZE = 16;
const NOTE_SIZE = 11;
const LINE_GAP = 4;

interface Layout {
  width: number;
  height: number;
  chart: { x: number; y: number; width: number; height: number };
  /** Each line of text with its baseline, size and weight. */
  lines: { text: string; y: number; size: number; bold: boolean }[];
  font: string;
  ink: string;
  background: string;
}

/** A colour that is really painted: the first opaque background up the tree, else white. */
function backgroundOf(element: Element): string {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const colour = getComputedStyle(node).backgroundColor;
    if (colour && colour !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(colour)) return colour;
  }
  return '#ffffff';
}

let measurer: CanvasRenderingContext2D | null = null;

/**
 * Text broken into lines no wider than `width` at `font`: at spaces, and inside a long link after
 * `/`, `?` or `&` (or anywhere, when a piece is still too long).
 */
function wrapText(text: string, font: string, width: number): string[] {
  measurer ??= document.createElement('canvas').getContext('2d');
  const measure = (line: string) => {
    if (!measurer) return line.length * 7;
    measurer.font = font;
    return measurer.measureText(line).width;
  };
  const pieces = text.split(/(?<=[\s/?&])/);
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    if (measure(line + piece) <= width || line === '') line += piece;
    else {
      lines.push(line.trimEnd());
      line = piece;
    }
    while (measure(line) > width && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && measure(line.slice(0, cut)) > width) cut -= 1;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

function layoutOf(svg: SVGSVGElement, frame: ChartFrame): Layout {
  const box = svg.getBoundingClientRect();
  const chartWidth = Math.max(1, Math.round(box.width));
  const chartHeight = Math.max(1, Math.round(box.height));
  const style = getComputedStyle(svg);
  const font = style.fontFamily || 'sans-serif';
  const textWidth = chartWidth;
  const lines: Layout['lines'] = [];
  let y = PAD;
  for (const text of wrapText(frame.title, `700 ${TITLE_SIZE}px ${font}`, textWidth)) {
    y += TITLE_SIZE;
    lines.push({ text, y, size: TITLE_SIZE, bold: true });
    y += LINE_GAP;
  }
  const chartY = y + PAD / 2;
  y = chartY + chartHeight + PAD / 2;
  for (const note of [frame.source, frame.permalink]) {
    for (const text of wrapText(note, `${NOTE_SIZE}px ${font}`, textWidth)) {
      y += NOTE_SIZE;
      lines.push({ text, y, size: NOTE_SIZE, bold: false });
      y += LINE_GAP;
    }
  }
  return {
    width: chartWidth + 2 * PAD,
    height: Math.ceil(y + PAD),
    chart: { x: PAD, y: chartY, width: chartWidth, height: chartHeight },
    lines,
    font,
    ink: style.color || '#000000',
    background: backgroundOf(svg),
  };
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

/** The chart as a standalone SVG document, with its title, source line and permalink as text. */
export function chartSvg(svg: SVGSVGElement, frame: ChartFrame): string {
  const layout = layoutOf(svg, frame);
  const root = svgElement('svg', {
    xmlns: SVG_NS,
    width: layout.width,
    height: layout.height,
    viewBox: `0 0 ${String(layout.width)} ${String(layout.height)}`,
  });
  const title = svgElement('title', {});
  title.textContent = frame.title;
  root.append(
    title,
    svgElement('rect', { width: '100%', height: '100%', fill: layout.background }),
  );
  for (const line of layout.lines) {
    const text = svgElement('text', {
      x: PAD,
      y: line.y,
      fill: layout.ink,
      'font-family': layout.font,
      'font-size': line.size,
      'font-weight': line.bold ? 700 : 400,
    });
    text.textContent = line.text;
    root.append(text);
  }
  const chart = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, chart);
  const { x, y, width, height } = layout.chart;
  for (const [key, value] of Object.entries({ x, y, width, height })) {
    chart.setAttribute(key, String(value));
  }
  if (!chart.hasAttribute('viewBox'))
    chart.setAttribute('viewBox', `0 0 ${String(width)} ${String(height)}`);
  chart.setAttribute('overflow', 'visible');
  root.append(chart);
  return new XMLSerializer().serializeToString(root);
}

type Matrix = DOMMatrix;

/** The outline of one shape in its own user space, or null for what is not a shape. */
function outlineOf(element: Element): Path2D | null {
  const path = new Path2D();
  if (element instanceof SVGPathElement) return new Path2D(element.getAttribute('d') ?? '');
  if (element instanceof SVGRectElement) {
    path.rect(
      element.x.baseVal.value,
      element.y.baseVal.value,
      element.width.baseVal.value,
      element.height.baseVal.value,
    );
  } else if (element instanceof SVGCircleElement) {
    const r = element.r.baseVal.value;
    path.ellipse(element.cx.baseVal.value, element.cy.baseVal.value, r, r, 0, 0, 2 * Math.PI);
  } else if (element instanceof SVGLineElement) {
    path.moveTo(element.x1.baseVal.value, element.y1.baseVal.value);
    path.lineTo(element.x2.baseVal.value, element.y2.baseVal.value);
  } else if (element instanceof SVGPolylineElement || element instanceof SVGPolygonElement) {
    Array.from(element.points).forEach((point, index) => {
      if (index === 0) path.moveTo(point.x, point.y);
      else path.lineTo(point.x, point.y);
    });
    if (element instanceof SVGPolygonElement) path.closePath();
  } else return null;
  return path;
}

const paintable = (paint: string) => paint !== 'none' && !paint.startsWith('url(');

function drawShape(
  context: CanvasRenderingContext2D,
  outline: Path2D,
  style: CSSStyleDeclaration,
  alpha: number,
) {
  if (paintable(style.fill)) {
    context.globalAlpha = alpha * Number(style.fillOpacity || 1);
    context.fillStyle = style.fill;
    context.fill(outline, style.fillRule === 'evenodd' ? 'evenodd' : 'nonzero');
  }
  const lineWidth = parseFloat(style.strokeWidth);
  if (paintable(style.stroke) && lineWidth > 0) {
    context.globalAlpha = alpha * Number(style.strokeOpacity || 1);
    context.strokeStyle = style.stroke;
    context.lineWidth = lineWidth;
    context.lineCap = style.strokeLinecap as CanvasLineCap;
    context.lineJoin = style.strokeLinejoin as CanvasLineJoin;
    const dashes =
      style.strokeDasharray === 'none' ? [] : style.strokeDasharray.split(/[\s,]+/).map(parseFloat);
    context.setLineDash(dashes.filter(Number.isFinite));
    context.stroke(outline);
  }
}

/** The text an element holds itself (not its children's), drawn from its first glyph's position. */
function drawText(
  context: CanvasRenderingContext2D,
  element: SVGTextContentElement,
  style: CSSStyleDeclaration,
  alpha: number,
) {
  const own = Array.from(element.childNodes)
    .filter((node) => node.nodeType === Node.TEXT_NODE)
    .map((node) => node.textContent ?? '')
    .join('');
  if (!own.trim() || element.getNumberOfChars() === 0 || !paintable(style.fill)) return;
  const start = element.getStartPositionOfChar(0);
  context.globalAlpha = alpha * Number(style.fillOpacity || 1);
  context.fillStyle = style.fill;
  context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  context.textAlign = 'left';
  context.textBaseline = 'alphabetic';
  context.fillText(own, start.x, start.y);
}

const SKIPPED = new Set([
  'defs',
  'clipPath',
  'title',
  'desc',
  'mask',
  'linearGradient',
  'radialGradient',
  'style',
]);

/** Draws an element and its children; `toCanvas` maps screen pixels onto the canvas. */
function drawElement(
  context: CanvasRenderingContext2D,
  element: Element,
  toCanvas: Matrix,
  alpha: number,
) {
  if (SKIPPED.has(element.localName) || !(element instanceof SVGGraphicsElement)) return;
  const style = getComputedStyle(element);
  if (style.display === 'none') return;
  const opacity = alpha * Number(style.opacity || 1);
  const screen = element.getScreenCTM();
  if (!screen || opacity === 0) return;
  context.save();
  const clip = /url\("?#([^")]+)"?\)/.exec(style.clipPath)?.[1];
  const clipRect = clip ? document.getElementById(clip)?.querySelector('rect') : null;
  context.setTransform(toCanvas.multiply(screen));
  if (clipRect) {
    const outline = outlineOf(clipRect);
    if (outline) context.clip(outline);
  }
  if (style.visibility !== 'hidden') {
    const outline = outlineOf(element);
    if (outline) drawShape(context, outline, style, opacity);
    if (element instanceof SVGTextContentElement) drawText(context, element, style, opacity);
  }
  context.restore();
  for (const child of Array.from(element.children)) drawElement(context, child, toCanvas, opacity);
}

/**
 * The chart as a PNG at `scale` times its size on screen (2× the device's pixel ratio by
 * default), with its title, source line and permalink drawn in.
 */
export function chartPng(
  svg: SVGSVGElement,
  frame: ChartFrame,
  scale = 2 * (window.devicePixelRatio || 1),
): Promise<Blob> {
  const layout = layoutOf(svg, frame);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(layout.width * scale);
  canvas.height = Math.round(layout.height * scale);
  const context = canvas.getContext('2d');
  if (!context) return Promise.reject(new Error('No 2D canvas in this browser.'));
  context.scale(scale, scale);
  context.fillStyle = layout.background;
  context.fillRect(0, 0, layout.width, layout.height);
  context.fillStyle = layout.ink;
  for (const line of layout.lines) {
    context.font = `${line.bold ? 700 : 400} ${String(line.size)}px ${layout.font}`;
    context.fillText(line.text, PAD, line.y);
  }
  const box = svg.getBoundingClientRect();
  const toCanvas = new DOMMatrix()
    .scale(scale, scale)
    .translate(layout.chart.x - box.left, layout.chart.y - box.top);
  for (const child of Array.from(svg.children)) drawElement(context, child, toCanvas, 1);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob) resolve(blob);
      else reject(new Error('The chart could not be drawn as PNG.'));
    }, 'image/png');
  });
}
