import { dailyFireById } from '../../facts/daily-fire';
import { PACKAGING_NOTE, physicalFigure, type PhysicalFigure } from '../../facts/physical';
import type { Citation, Scenario } from '../../facts/types';
import type { InputKey } from '../../model/inputs';

export interface DefaultWhy {
  text: string;
  citation?: Citation | undefined;
  /** An undated reference, for physical figures. */
  reference?: Pick<PhysicalFigure, 'source' | 'url'> | undefined;
}

/**
 * Why a scenario's value of an input is what it is, and where it comes from. Values the statement
 * gives cite the statement; our assumptions say so and cite what they rest on.
 */
export function defaultWhy(key: InputKey, scenario: Scenario): DefaultWhy {
  const assumed = scenario.assumed[key];
  const statement = scenario.citation;
  switch (key) {
    case 'containers':
      return assumed
        ? { text: `Our assumption: ${assumed}`, citation: statement }
        : { text: `Reported: ${scenario.containers.text} containers.`, citation: statement };
    case 'perContainer':
      return {
        // The facts say for every statement how its per-container figure was derived.
        text:
          assumed ??
          `Our division of the reported figures: ${scenario.shells.text} shells over ${scenario.containers.text} containers.`,
        citation: statement,
      };
    case 'share':
      return {
        text:
          assumed ??
          'Every container counted as holding shells. The US State Department spoke of “munitions or munitions-related materials”, so the true share may be lower.',
      };
    case 'usable':
      return {
        text: `${assumed ?? 'Every round counted as working.'} Ukraine’s military intelligence said in March 2024 that about half of those received did not work.`,
      };
    case 'daily':
      return { text: assumed ?? 'Reported rate.', citation: dailyFireById('rusi-2024').citation };
    case 'start':
      return {
        text: assumed ? `Our assumption: ${assumed}` : `Period counted: ${scenario.period}.`,
        citation: statement,
      };
    case 'end':
      return {
        text: assumed ? `Our assumption: ${assumed}` : 'The date of the statement.',
        citation: statement,
      };
    case 'shellKg': {
      const shell = physicalFigure('shell-152mm');
      return { text: assumed ?? `${shell.label}.`, reference: shell };
    }
    case 'payloadKg': {
      const payload = physicalFigure('payload-20ft');
      return { text: assumed ?? `${payload.label}.`, reference: payload };
    }
    case 'packaging':
      return { text: PACKAGING_NOTE };
  }
}
