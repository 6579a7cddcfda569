/**
 * The published dataset (CONTRACT §6, "Statement data"): every statement of FACTS.md §1 with the
 * figures the app uses, its kind, whether it is a preset, and its English wording, as JSON and
 * CSV. Built with the site (vite.config.ts) and offered beside the sources table.
 */
import { STATEMENTS } from '../../facts/all-statements';
import { impliedPerContainer } from '../../facts/divisions';
import { FACTS_REVIEWED } from '../../facts/reviewed';
import { facts } from '../../i18n/messages/en/facts';
import { statements as words } from '../../i18n/messages/en/statements';
import { hedgedContainers, hedgedRounds, outletName, whoSaid } from '../../i18n/statement-text';
import { toCsv, UTF8_BOM } from '../../ui/csv';
import { isPresetIn, SCHEMA_VERSION } from '../../url/migrations';

/** One statement as the dataset gives it. */
interface DatasetStatement {
  id: string;
  date: string;
  who: string;
  outlet: string;
  url: string;
  /** Every report of the statement, the main one first. */
  sources: { outlet: string; url: string; date: string }[];
  period: string;
  kind: 'capacity' | 'estimate' | 'count';
  containers: number | null;
  containersHedge: string | null;
  containersWording: string | null;
  roundsLow: number | null;
  roundsHigh: number | null;
  roundsHedge: string | null;
  roundsCalibre: string | null;
  roundsWording: string | null;
  /** Rounds per container, our division of the first figure (a span's ends rounded outwards). */
  perContainerLow: number | null;
  perContainerHigh: number | null;
  /** False when the rounds are a yearly rate or one year's figure, not a running total. */
  runningTotal: boolean;
  /** The share of Russia's ammunition said to come from North Korea, in percent. */
  shareOfRussianUse: number | null;
  preset: boolean;
}

export interface Dataset {
  factsReviewed: string;
  schemaVersion: number;
  statements: DatasetStatement[];
}

/** The dataset, from the records: `statementsDataset().statements[0]?.id` → 'wh-2023-10'. */
export function statementsDataset(): Dataset {
  return {
    factsReviewed: FACTS_REVIEWED,
    schemaVersion: SCHEMA_VERSION,
    statements: STATEMENTS.map((statement) => {
      const text = words[statement.id];
      if (!text) throw new Error(`${statement.id} has no English words`);
      const [main] = statement.sources;
      const [rounds] = statement.rounds;
      const [implied] = impliedPerContainer(statement);
      const perContainer =
        implied === undefined
          ? null
          : typeof implied.value === 'number'
            ? { low: implied.value, high: implied.value }
            : implied.value;
      const containersWording = statement.containers
        ? hedgedContainers(statement.containers, facts, 'en') +
          (text.containersNote === undefined ? '' : ` (${text.containersNote})`)
        : null;
      return {
        id: statement.id,
        date: statement.date,
        who: whoSaid(statement, text, facts, 'en'),
        outlet: outletName(main.outlet, 'en'),
        url: main.url,
        sources: statement.sources.map((source) => ({
          outlet: outletName(source.outlet, 'en'),
          url: source.url,
          date: source.date ?? statement.date,
        })),
        period: text.period,
        kind: statement.kind,
        containers: statement.containers?.value ?? null,
        containersHedge: statement.containers?.hedge ?? null,
        containersWording,
        roundsLow: rounds?.low ?? null,
        roundsHigh: rounds?.high ?? null,
        roundsHedge: rounds?.hedge ?? null,
        roundsCalibre: rounds?.calibre ?? null,
        roundsWording: text.rounds ?? (rounds ? hedgedRounds(rounds, facts, 'en') : null),
        perContainerLow: perContainer?.low ?? null,
        perContainerHigh: perContainer?.high ?? null,
        runningTotal: statement.runningTotal !== false,
        shareOfRussianUse: statement.shareOfRussianUse ?? null,
        preset: isPresetIn(SCHEMA_VERSION, statement.id),
      };
    }),
  };
}

/**
 * The dataset as JSON text, indented for a reader.
 * @public (vite.config.ts writes it with the site)
 */
export function datasetJson(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}

/** The columns of the CSV, in order: the JSON's fields but the list of sources. */
const CSV_COLUMNS = [
  'id',
  'date',
  'who',
  'outlet',
  'url',
  'period',
  'kind',
  'containers',
  'containersHedge',
  'containersWording',
  'roundsLow',
  'roundsHigh',
  'roundsHedge',
  'roundsCalibre',
  'roundsWording',
  'perContainerLow',
  'perContainerHigh',
  'runningTotal',
  'shareOfRussianUse',
  'preset',
] as const satisfies readonly (keyof DatasetStatement)[];

/**
 * The dataset as a UTF-8 CSV with a byte-order mark (so that spreadsheets read it as UTF-8): a
 * header row, then one row per statement, the review date in a last column of every row.
 */
export function datasetCsv(dataset: Dataset): string {
  return (
    UTF8_BOM +
    toCsv([
      [...CSV_COLUMNS, 'factsReviewed'],
      ...dataset.statements.map((statement) => [
        ...CSV_COLUMNS.map((column) => statement[column]),
        dataset.factsReviewed,
      ]),
    ])
  );
}
