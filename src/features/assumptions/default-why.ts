import { dailyFireById } from '../../facts/daily-fire';
import { physicalFigure } from '../../facts/physical';
import type { Citation, Scenario } from '../../facts/types';
import type { LaterMessages } from '../../i18n/catalogue';
import type { InputKey } from '../../model/inputs';

export interface DefaultWhy {
  text: string;
  citation?: Citation | undefined;
  /** An undated reference, for physical figures: its name in the page's language. */
  reference?: { source: string; url?: string | undefined } | undefined;
}

/**
 * Why a scenario's value of an input is what it is, and where it comes from, in the language of
 * `words`. Values the statement gives cite the statement; our assumptions say so and cite what
 * they rest on. The statement's figures are worded as the sources section words them.
 */
export function defaultWhy(
  key: InputKey,
  scenario: Scenario,
  { assumptions, sources }: Pick<LaterMessages, 'assumptions' | 'sources'>,
): DefaultWhy {
  const { why } = assumptions;
  const assumed = scenario.assumed[key] === undefined ? undefined : why.assumed(scenario.id, key);
  const reported = sources.scenarios[scenario.id];
  const statement = scenario.citation;
  switch (key) {
    case 'containers':
      return {
        text: assumed ? why.ourAssumption(assumed) : why.containers(reported.containers),
        citation: statement,
      };
    case 'perContainer':
      return {
        // The facts say for every statement how its per-container figure was derived.
        text: assumed ?? why.perContainer(reported.shells, reported.containers),
        citation: statement,
      };
    case 'share':
      return { text: assumed ?? why.share };
    case 'usable':
      return { text: `${assumed ?? why.usable} ${why.usableGur}` };
    case 'daily':
      return { text: assumed ?? why.daily, citation: dailyFireById('rusi-2024').citation };
    case 'start':
      return {
        text: assumed ? why.ourAssumption(assumed) : why.start(reported.period),
        citation: statement,
      };
    case 'end':
      return { text: assumed ? why.ourAssumption(assumed) : why.end, citation: statement };
    case 'shellKg':
      return {
        text: assumed ?? `${sources.physical['shell-152mm'].label}.`,
        reference: {
          source: sources.physical['shell-152mm'].source,
          url: physicalFigure('shell-152mm').url,
        },
      };
    case 'payloadKg':
      return {
        text: assumed ?? `${sources.physical['payload-20ft'].label}.`,
        reference: {
          source: sources.physical['payload-20ft'].source,
          url: physicalFigure('payload-20ft').url,
        },
      };
    case 'packaging':
      return { text: sources.packagingNote };
  }
}
