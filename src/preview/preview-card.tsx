/**
 * A preset's static image as SVG, drawn with React for `renderToStaticMarkup` at build time (no
 * browser): the headline figures, the timeline of deliveries against Russian fire, the source
 * line, the date of the figures and the permalink. 1200 × 630, the large card of Open Graph and
 * Twitter. Text uses the fonts the build loads explicitly (see preview-fonts.ts), so that it
 * renders the same on a machine without any fonts installed.
 */
import type { Timeline, TimelinePoint } from '../features/timeline/timeline-data';
import { publishedMark } from '../ui/published-mark';

export interface CardText {
  kicker: string;
  statement: string;
  total: { figure: string; label: string };
  months: { figure: string; label: string; detail: string };
  until: { label: string; figure: string } | null;
  chartTitle: string;
  legend: { delivered: string; fired: string; capacity: string; estimate: string };
  /** Month labels of the x axis, by day. */
  ticks: { day: number; label: string }[];
  /** The y axis' top, in shells, and its label ("7 million"). */
  top: number;
  topLabel: string;
  source: string;
  asOf: string;
  link: string;
}

interface CardProps {
  timeline: Timeline;
  text: CardText;
  /** The font families, first choice first, for the language drawn. */
  font: string;
  width: number;
  height: number;
}

const PAPER = '#fbfaf6';
const INK = '#16181b';
const MUTED = '#575b61';
const RULE = '#e3e0d8';
const ACCENT = '#b3261e';
const FIRE = '#245b8f';

const PAD = 48;
const CHART = { x: 600, y: 160, width: 552, height: 290 };

/** `points` as an SVG path in the chart's box, from `domain` (days) and 0…`top` (shells). */
function pathOf(points: TimelinePoint[], domain: [number, number], top: number): string {
  const [from, to] = domain;
  const span = Math.max(1, to - from);
  return points
    .map((point, index) => {
      const x = CHART.x + ((point.day - from) / span) * CHART.width;
      const y = CHART.y + CHART.height - (Math.max(0, point.shells) / top) * CHART.height;
      return `${index === 0 ? 'M' : 'L'}${x.toFixed(1)} ${y.toFixed(1)}`;
    })
    .join('');
}

/** About how wide a line of text is at `size` px: Hangul square, other letters about half. */
function textWidth(text: string, size: number): number {
  let width = 0;
  for (const char of text)
    width += /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/.test(char) ? 1 : 0.58;
  return width * size;
}

function xOf(day: number, [from, to]: [number, number]): number {
  return CHART.x + ((day - from) / Math.max(1, to - from)) * CHART.width;
}

/** The image; every text is an SVG `<text>`, so that the file stays searchable and readable. */
export function PreviewCard({ timeline, text, font, width, height }: CardProps) {
  const top = Math.max(1, text.top);
  const { domain } = timeline;
  const baseline = CHART.y + CHART.height;
  const stockOut = timeline.stockOutDay;
  const firedX = CHART.x + 36 + textWidth(text.legend.delivered, 18) + 32;
  const estimateX = CHART.x + 22 + textWidth(text.legend.capacity, 16) + 24;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={height}
      viewBox={`0 0 ${String(width)} ${String(height)}`}
      fontFamily={font}
    >
      <title>{`${text.kicker}: ${text.total.figure} ${text.total.label}`}</title>
      <rect width={width} height={height} fill={PAPER} />
      <rect width={width} height={8} fill={ACCENT} />
      <text x={PAD} y={64} fill={ACCENT} fontSize={22} fontWeight={700} letterSpacing={2}>
        {text.kicker.toUpperCase()}
      </text>
      <text x={PAD} y={100} fill={MUTED} fontSize={22}>
        {text.statement}
      </text>

      <text x={PAD} y={210} fill={INK} fontSize={84} fontWeight={700}>
        {text.total.figure}
      </text>
      <text x={PAD} y={248} fill={MUTED} fontSize={26}>
        {text.total.label}
      </text>
      <text x={PAD} y={340} fill={INK} fontSize={64} fontWeight={700}>
        {text.months.figure}
      </text>
      <text x={PAD} y={376} fill={MUTED} fontSize={26}>
        {text.months.label}
      </text>
      <text x={PAD} y={408} fill={MUTED} fontSize={22}>
        {text.months.detail}
      </text>
      {text.until === null ? null : (
        <>
          <text x={PAD} y={462} fill={MUTED} fontSize={22}>
            {text.until.label}
          </text>
          <text x={PAD} y={498} fill={INK} fontSize={30} fontWeight={700}>
            {text.until.figure}
          </text>
        </>
      )}

      <text x={CHART.x} y={CHART.y - 40} fill={INK} fontSize={24} fontWeight={700}>
        {text.chartTitle}
      </text>
      <line x1={CHART.x} x2={CHART.x + CHART.width} y1={CHART.y} y2={CHART.y} stroke={RULE} />
      <text x={CHART.x} y={CHART.y - 8} fill={MUTED} fontSize={16}>
        {text.topLabel}
      </text>
      <line x1={CHART.x} x2={CHART.x + CHART.width} y1={baseline} y2={baseline} stroke={MUTED} />
      {text.ticks.map((tick) => (
        <text
          key={tick.day}
          x={xOf(tick.day, domain)}
          y={baseline + 26}
          fill={MUTED}
          fontSize={16}
          textAnchor="middle"
        >
          {tick.label}
        </text>
      ))}
      {stockOut === null ? null : (
        <line
          x1={xOf(stockOut, domain)}
          x2={xOf(stockOut, domain)}
          y1={CHART.y}
          y2={baseline}
          stroke={INK}
          strokeDasharray="2 4"
        />
      )}
      <path
        d={pathOf(timeline.fired, domain, top)}
        fill="none"
        stroke={FIRE}
        strokeWidth={3}
        strokeDasharray="10 6"
      />
      <path
        d={pathOf(timeline.delivered, domain, top)}
        fill="none"
        stroke={ACCENT}
        strokeWidth={5}
      />
      {timeline.estimates
        .filter((point) => point.day >= domain[0] && point.day <= domain[1] && point.shells <= top)
        .map((point) => {
          const x = xOf(point.day, domain);
          const y = baseline - (point.shells / top) * CHART.height;
          return (
            <path
              key={point.id}
              d={publishedMark(point.kind, x, y, 9).d}
              fill={publishedMark(point.kind, x, y, 9).filled ? INK : PAPER}
              stroke={INK}
              strokeWidth={2}
            />
          );
        })}
      <g fontSize={18} fill={INK}>
        <rect x={CHART.x} y={baseline + 44} width={28} height={5} fill={ACCENT} />
        <text x={CHART.x + 36} y={baseline + 52}>
          {text.legend.delivered}
        </text>
        <rect x={firedX} y={baseline + 44} width={28} height={3} fill={FIRE} />
        <text x={firedX + 36} y={baseline + 52}>
          {text.legend.fired}
        </text>
      </g>
      <g fontSize={16} fill={MUTED}>
        {(['capacity', 'estimate'] as const).map((kind, index) => {
          const x = index === 0 ? CHART.x : estimateX;
          const mark = publishedMark(kind, x + 8, baseline + 76, 7);
          return (
            <g key={kind}>
              <path
                d={mark.d}
                fill={mark.filled ? INK : PAPER}
                stroke={INK}
                strokeWidth={mark.filled ? 0 : 2}
              />
              <text x={x + 22} y={baseline + 82}>
                {text.legend[kind]}
              </text>
            </g>
          );
        })}
      </g>

      <line x1={PAD} x2={width - PAD} y1={540} y2={540} stroke={RULE} />
      <text x={PAD} y={570} fill={MUTED} fontSize={18}>
        {text.source}
      </text>
      <text x={PAD} y={600} fill={INK} fontSize={18}>
        <tspan fontWeight={700}>{text.asOf}</tspan>
        <tspan fill={MUTED}>{`  ·  ${text.link}`}</tspan>
      </text>
    </svg>
  );
}
