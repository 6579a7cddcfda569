import type { InputKey } from '../model/inputs';

/** The visible label of every input. */
export const INPUT_LABELS: Record<InputKey, string> = {
  containers: 'Containers shipped',
  perContainer: 'Shells per container',
  share: 'Containers holding shells',
  usable: 'Shells that work',
  daily: 'Russian fire per day',
  start: 'First delivery',
  end: 'Date of the count',
  shellKg: 'Mass of one shell',
  payloadKg: 'Payload limit of a container',
  packaging: 'Packaging allowance (assumed)',
};

/** The unit shown after every input. */
export const INPUT_UNITS: Record<InputKey, string> = {
  containers: 'containers',
  perContainer: 'shells',
  share: '%',
  usable: '%',
  daily: 'shells a day',
  start: 'YYYY-MM-DD',
  end: 'YYYY-MM-DD',
  shellKg: 'kg',
  payloadKg: 'kg',
  packaging: '% of the rounds’ mass',
};
