import type { InputKey } from '../model/inputs';
import type { LaterMessages } from './catalogue';

/**
 * The visible label of every input in the language of `words` (the `assumptions` messages):
 * `inputLabels(useLaterMessages().assumptions).daily` → "Russian fire per day".
 */
export function inputLabels(words: LaterMessages['assumptions']): Record<InputKey, string> {
  return words.labels;
}

/** The unit shown after every input, in the language of `words`: `.shellKg` → "kg" ("кг"). */
export function inputUnits(words: LaterMessages['assumptions']): Record<InputKey, string> {
  return words.units;
}
