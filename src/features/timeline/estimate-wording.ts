import type { Scenario } from '../../facts/types';
import { formatAxisTick, formatExact, formatMonthYear } from '../../i18n/format';
import type { LaterMessages } from '../../i18n/catalogue';
import type { Lang } from '../../url/view-options';

/** A published estimate's label and its shells as reported, in a language. */
export interface EstimateWording {
  label: string;
  reported: string;
}

/**
 * An estimate's words in `lang`, from the catalogues: its month, who said it and its container
 * count (its shells when it gave no count). In English, `estimateWording(scenarioById('shin-2024-02'), …)`
 * → { label: 'Feb 2024 · Shin Won-sik · 6,700 containers', reported: 'more than 3 million 152 mm shells, …' }.
 */
export function estimateWording(
  scenario: Scenario,
  words: Pick<LaterMessages, 'timeline' | 'sources'>,
  lang: Lang,
): EstimateWording {
  const month = formatMonthYear(scenario.citation.date, lang);
  const who = words.timeline.who[scenario.id];
  const { containers, shells } = scenario;
  const label =
    containers.value === null
      ? words.timeline.shellsLabel(month, who, formatAxisTick(shells.value ?? 0, lang))
      : words.timeline.containersLabel(
          month,
          who,
          containers.value,
          formatExact(containers.value, lang),
        );
  return { label, reported: words.sources.scenarios[scenario.id].shells };
}
