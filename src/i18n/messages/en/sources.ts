import { CONFLICTS } from '../../../facts/conflicts';
import { CONTEXT_FIGURES, OTHER_STATEMENTS, type ContextFigureId } from '../../../facts/context';
import {
  DAILY_FIRE_ALSO_REPORTED,
  DAILY_FIRE_CAVEAT,
  DAILY_FIRE_PRESETS,
} from '../../../facts/daily-fire';
import { PACKAGING_NOTE, PHYSICAL_FIGURES, type PhysicalFigureId } from '../../../facts/physical';
import { PUBLISHED_SPANS } from '../../../facts/published-spans';
import { REFERENCE_ASSUMED } from '../../../facts/reference-inputs';
import { SCENARIOS } from '../../../facts/scenarios';
import type { Citation, DailyFireId, ScenarioId } from '../../../facts/types';

/** A list of facts as a record by id: the other languages must give a text for every id. */
function byId<Item extends { id: string }, Text>(
  items: readonly Item[],
  text: (item: Item) => Text,
): Record<Item['id'], Text> {
  return Object.fromEntries(items.map((item) => [item.id, text(item)])) as Record<Item['id'], Text>;
}

/** Every citation the section shows. */
const CITATIONS: Citation[] = [
  ...SCENARIOS.flatMap((scenario) => [scenario.citation, ...scenario.alsoReportedBy]),
  ...DAILY_FIRE_PRESETS.map((preset) => preset.citation),
  ...Object.values(DAILY_FIRE_ALSO_REPORTED).flat(),
  ...CONTEXT_FIGURES.flatMap((figure) => figure.sources),
];

/**
 * English: the "Sources and method" section. The texts of the facts are the facts' own, by id;
 * the other languages copy this shape (`typeof sources`) with their own texts.
 */
export const sources = {
  title: 'Sources and method',
  methodTitle: 'How the numbers are computed',
  /** Each rule of the method; the terms it defines are between double asterisks, shown in bold. */
  method: [
    '**Shells** = containers × shells per container × share of containers holding shells × share that work.',
    '**Days of fire** = shells ÷ Russian shells fired a day; **months** = days ÷ 30.436875 (the average calendar month).',
    '**Delivered per day** = shells ÷ days from the first delivery to the count.',
    '**Lasts until** = first delivery + the longer of the delivery period and the days of fire: the last day these shells alone could keep up the rate.',
    '**Weight check** = shells per container × mass of one round, against the container’s payload limit. Projectiles only: charges, fuzes and crates would add weight. The fuller check below the chart adds a packaging allowance you set (0% unless you change it; no published figure) and compares all three container ratings.',
    '**Ranges**: containers, shells per container and daily fire can each be a 90% range, read as a lognormal distribution whose 5th and 95th percentiles are its ends. The results then come from 10,000 samples drawn from a fixed seed (a randomly shifted Halton sequence, so the same link always gives the same numbers) and are shown as a median with a 90% range.',
    'Figures on screen are rounded to two significant digits, as the inputs are themselves approximate; hover over or focus a figure for its exact value.',
  ],
  conflictsTitle: 'Where the sources disagree',
  conflicts: CONFLICTS.map(({ title, body }) => ({ title, body })),
  countsTitle: 'Container and shell counts',
  tableCaption: 'Published estimates, oldest first',
  statement: 'Statement',
  period: 'Period counted',
  containers: 'Containers',
  shells: 'Shells',
  perContainer: 'Per container (our division)',
  scenarios: byId(SCENARIOS, (scenario) => ({
    period: scenario.period,
    containers: scenario.containers.text,
    shells: scenario.shells.text,
    perContainer: scenario.impliedPerContainer,
  })) satisfies Record<ScenarioId, unknown>,
  otherTitle: 'Other statements, without a container count',
  other: OTHER_STATEMENTS.map(({ who, text }) => ({ who, text })),
  fireTitle: 'How fast Russia fires',
  fireCaveat: DAILY_FIRE_CAVEAT,
  /** "10,000 a day, RUSI and NATO, early 2024" */
  perDay: (_count: number, formatted: string, label: string) => `${formatted} a day, ${label}`,
  dailyFire: byId(DAILY_FIRE_PRESETS, ({ label, note }) => ({ label, note })) satisfies Record<
    DailyFireId,
    unknown
  >,
  also: 'also',
  weightsTitle: 'Weights and containers',
  physical: byId(PHYSICAL_FIGURES, ({ label, valueText, source }) => ({
    label,
    value: valueText,
    source,
  })) satisfies Record<PhysicalFigureId, unknown>,
  packagingNote: PACKAGING_NOTE,
  contextTitle: 'Context',
  context: byId(CONTEXT_FIGURES, ({ text, sourceNote }): { text: string; note?: string } =>
    sourceNote === undefined ? { text } : { text, note: sourceNote },
  ) satisfies Record<ContextFigureId, unknown>,
  /** Where each published span of an assumption comes from, by input (`PUBLISHED_SPANS`). */
  spans: {
    containers: PUBLISHED_SPANS.containers.basis,
    perContainer: PUBLISHED_SPANS.perContainer.basis,
    usable: PUBLISHED_SPANS.usable.basis,
    daily: PUBLISHED_SPANS.daily.basis,
  },
  /** Why each reference input is ours rather than a statement's, by input (`REFERENCE_ASSUMED`). */
  assumed: { ...REFERENCE_ASSUMED } as Record<keyof typeof REFERENCE_ASSUMED, string>,
  /** People, agencies and outlets as the citations name them, each in this language's usual form. */
  names: Object.fromEntries(
    CITATIONS.flatMap(({ speaker, outlet }) => [
      [speaker, speaker],
      [outlet, outlet],
    ]),
  ) as Record<string, string>,
};
