import type { OtherwiseNote, WhyNote } from '../../../facts/input-facts';
import type { InputKey, NumericInputKey } from '../../../model/inputs';
import { sources } from './sources';

/**
 * English: the assumption fields, their hints and refusals. The other languages copy this shape
 * (`typeof assumptions`). Facts shown beside the fields (rates of fire, masses, payloads) are
 * worded in the `sources` namespace; the statements' own reasons for their values are here.
 */
export const assumptions = {
  title: 'Your assumptions',
  groups: {
    shipped: 'What was shipped',
    mix: '152 mm shells or 122 mm rockets',
    fire: 'How fast Russia fires',
    when: 'When',
    weight: 'Would it fit? (weight check)',
  },
  /** The visible label of every input. */
  labels: {
    containers: 'Containers shipped',
    perContainer: 'Shells per container',
    /** A count the speaker confirmed rather than made: "The White House’s count, confirmed by …". */
    share: 'Containers holding shells',
    usable: 'Shells that work',
    rocketShare: 'Filled with 122 mm rockets instead',
    perContainerRockets: '122 mm rockets per container',
    daily: 'Russian fire per day',
    start: 'First delivery',
    end: 'Date of the count',
    shellKg: 'Mass of one shell',
    payloadKg: 'Payload limit of a container',
    packaging: 'Packaging allowance (assumed)',
  } satisfies Record<InputKey, string> as Record<InputKey, string>,
  /** The unit after every input; dates show the form they are typed in. */
  units: {
    containers: 'containers',
    perContainer: 'shells',
    share: '%',
    usable: '%',
    rocketShare: '%',
    perContainerRockets: 'rockets',
    daily: 'shells a day',
    start: 'YYYY-MM-DD',
    end: 'YYYY-MM-DD',
    shellKg: 'kg',
    payloadKg: 'kg',
    packaging: '% of the rounds’ mass',
  } satisfies Record<InputKey, string> as Record<InputKey, string>,
  /** A value with its unit: "6,700 containers", "43.56 kg", "100%". */
  quantity: (key: NumericInputKey, count: number, formatted: string): string => {
    switch (key) {
      case 'containers':
        return `${formatted} ${count === 1 ? 'container' : 'containers'}`;
      case 'perContainer':
        return `${formatted} ${count === 1 ? 'shell' : 'shells'}`;
      case 'perContainerRockets':
        return `${formatted} ${count === 1 ? 'rocket' : 'rockets'}`;
      case 'daily':
        return `${formatted} ${count === 1 ? 'shell' : 'shells'} a day`;
      case 'shellKg':
      case 'payloadKg':
        return `${formatted} kg`;
      case 'share':
      case 'usable':
      case 'rocketShare':
      case 'packaging':
        return `${formatted}%`;
    }
  },
  /** How a typed number was understood: "Read as 43.56 kg". */
  /** A second reading of what was typed, as a button that takes it: "Did you mean 10,000 containers?" */
  didYouMean: (quantity: string) => `Did you mean ${quantity}?`,
  readAs: (quantity: string) => `Read as ${quantity}`,
  /** How a typed date reads: "Reads as June 14, 2024". */
  readsAsDate: (date: string) => `Reads as ${date}`,
  /** A refusal and the value still in use: "Not a number. The results still use 448 shells." */
  refused: (problem: string, quantity: string) => `${problem}. The results still use ${quantity}.`,
  allowed: (min: string, max: string) => `Allowed: ${min} to ${max}`,
  /** Read out, not shown: how the arrow keys step the value. */
  arrows: (step: string, bigStep: string) =>
    `. The up and down arrow keys change it by ${step}, with Shift by ${bigStep}`,
  rangeHint: (max: string) =>
    `Type the low and high ends of a 90% range, joined by a dash or “to”: the true value lies between them 9 times in 10. Above 0, up to ${max}.`,
  range: 'Range',
  rangeFor: (label: string) => `Range for ${label.toLowerCase()}`,
  slider: (label: string) => `${label}, slider`,
  calendar: (label: string) => `${label}: choose on a calendar`,
  datePlaceholder: 'YYYY-MM-DD',
  /** The published values a field offers, folded under this line. */
  publishedValues: 'Published values',
  /** Shin's two fillings of the same containers (Feb 2024), and the mix read as half and half. */
  mixChoices: { 0: 'All 152 mm shells', 50: 'Half and half', 100: 'All 122 mm rockets' } as Record<
    number,
    string
  >,
  mixLabel: 'Fillings of the containers',
  publishedRates: 'Published rates of fire',
  /** Under the rates: the deliveries against Syrskyi's dated series over the days it covers. */
  seriesShare: (percent: string, atMost: boolean, from: string, to: string, days: string) =>
    `By Syrskyi’s dated figures for ${from} – ${to} (${days}), the deliveries were ${atMost ? 'at most' : 'about'} ${percent} of Russian fire.`,
  seriesNone: 'Syrskyi’s dated figures do not cover these delivery days.',
  kindsOfRound: 'Kinds of round',
  containerRatings: 'Container ratings',
  /** The short labels of the one-click masses and payloads. */
  shell152: (kg: string) => `152 mm shell, ${kg} kg`,
  rocket122: (kg: string) => `122 mm Grad rocket, ${kg} kg`,
  payload20: (kg: string) => `20-ft, ${kg} kg`,
  payload20Old: (kg: string) => `20-ft older rating, ${kg} kg`,
  payload40: (kg: string) => `40-ft, ${kg} kg`,
  whyLabel: 'Why this default:',
  why: {
    /** The statement's own count, as reported: "Reported: at least 10,000 containers." */
    containers: (reported: string) => `Reported: ${reported}.`,
    /** A count the speaker confirmed rather than made. */
    countedBy: (reported: string, counter: string, by: string) =>
      `Reported: ${reported}, counted by ${counter} and confirmed by ${by}.`,
    /** Our division: "… as many as 4.8 million over at least 10,000 containers." */
    division: (rounds: string, containers: string) =>
      `Our division of the reported figures: ${rounds} over ${containers}.`,
    /** A statement without the figure an input divides: the default is another's, our division. */
    otherwise: {
      noRockets: (division: string, rounds: string, containers: string) =>
        `This statement gives no 122 mm figure. The default is ${division} (${rounds} over ${containers}).`,
    } satisfies Record<
      OtherwiseNote,
      (division: string, rounds: string, containers: string) => string
    >,
    start: (period: string) => `Period counted: ${period}.`,
    /** Why a default is ours, or what it rests on, as an input's facts name it (src/facts/input-facts.ts). */
    notes: {
      share:
        'Every container counted as holding shells. The US State Department spoke of “munitions or munitions-related materials”, so the true share may be lower.',
      usable:
        'Every round counted as working; the statement does not say how many fail. Ukrainian military intelligence said in February 2024 that half of the shells received did not work.',
      rocketShare:
        'Every container counted as holding 152 mm shells, as the government conversions do.',
      daily: 'RUSI’s early-2024 estimate; the statement gives no rate.',
      end: 'The date of the statement.',
      shellKg: '152 mm HE projectile (OF-540) from reference data; the statement gives no mass.',
      payloadKg: 'A 20-ft ISO container’s maximum payload; the statement gives no container size.',
      packaging: sources.packagingNote,
    } satisfies Record<WhyNote, string>,
  },

  /** Why a typed value cannot be used, in a few words beside the field. */
  reasons: {
    empty: 'Enter a number',
    incomplete: 'Not finished yet',
    notANumber: 'Not a number',
    misplacedGrouping: (decimal: string) => `Not a number: write decimals with “${decimal}”`,
    belowMin: (min: string) => `Must be ${min} or more`,
    aboveMax: (max: string) => `Must be ${max} or less`,
    notADate: 'Not a real date (use YYYY-MM-DD)',
    endNotAfterStart: (start: string) => `Must be after the first delivery (${start})`,
    startNotBeforeEnd: (end: string) => `Must be before the count date (${end})`,
    beyondCalendar: 'Beyond the year 9999',
    rangeNotPositive: 'A range must start above 0',
    rangeNotIncreasing: 'The low end must be below the high end',
    expectedRange: (example: string) => `Enter two numbers, low and high (e.g. ${example})`,
    expectedNumber: 'Enter one number, or switch on Range',
  },
};
