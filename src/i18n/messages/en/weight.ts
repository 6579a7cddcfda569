import { plural } from '../../format';

/**
 * English: "Would it fit in a container?". The other languages copy this shape (`typeof weight`).
 * Sentences that hold a marked figure return their parts around it (`figure`), in their own order.
 */
export const weight = {
  title: 'Would it fit in a container?',
  kg: (amount: string) => `${amount}\u00a0kg`,
  /** Each rating as the table names it and as a sentence names its payload. */
  ratings: {
    'payload-20ft': {
      name: '20-ft',
      payload: (kg: string) => `the ${kg} payload of a 20-ft container`,
    },
    'payload-20ft-old': {
      name: '20-ft, older rating',
      payload: (kg: string) => `the ${kg} payload of a 20-ft container on the older rating`,
    },
    'payload-40ft': {
      name: '40-ft',
      payload: (kg: string) => `the ${kg} payload of a 40-ft container`,
    },
  },
  payloadYouSet: (kg: string) => `the ${kg} payload you set`,
  /** The rounds counted: a known shell or rocket, or rounds of a mass the reader typed. */
  rounds: {
    'shell-152mm': (count: number) => plural(count, 'en', { one: 'shell', other: 'shells' }),
    'rocket-122mm': (count: number) => plural(count, 'en', { one: 'rocket', other: 'rockets' }),
    other: (count: number) => plural(count, 'en', { one: 'round', other: 'rounds' }),
  },
  /** "448 shells of 43.56 kg", "357.3 shells (the middle of your range) of 43.56 kg, with 20% for packaging,". */
  subject: (
    count: string,
    rounds: string,
    kg: string,
    middleOfRange: boolean,
    packaging: string | null,
  ) =>
    `${count} ${rounds}${middleOfRange ? ' (the middle of your range)' : ''} of ${kg}${packaging === null ? '' : `, with ${packaging} for packaging,`}`,
  onlyJust: 'Only just:',
  tooHeavy: 'Too heavy:',
  /** "448 shells of 43.56 kg weigh 19.5 t: they fit the 28,180 kg payload of a 20-ft container, with 8.7 t to spare." */
  fits: <F>(subject: string, mass: F, payload: string, spare: string): (string | F)[] => [
    `${subject} weigh `,
    mass,
    `: they fit ${payload}, with ${spare} to spare.`,
  ],
  justFits: <F>(subject: string, mass: F, payload: string, spare: string): (string | F)[] => [
    `${subject} weigh `,
    mass,
    `: they fit ${payload}, with only ${spare} to spare.`,
  ],
  tooHeavyForAll: <F>(subject: string, mass: F): (string | F)[] => [
    `${subject} weigh `,
    mass,
    ', more than any container’s payload.',
  ],
  tooHeavyFor: <F>(subject: string, mass: F, excess: string, payload: string): (string | F)[] => [
    `${subject} weigh `,
    mass,
    `, ${excess} more than ${payload}.`,
  ],
  /** "By mass, at most 646 shells fit the 28,180 kg payload of a 20-ft container." */
  most: <F>(
    count: F,
    rounds: string,
    payload: string,
    packedEach: string | null,
  ): (string | F)[] => [
    'By mass, at most ',
    count,
    ` ${rounds} fit ${payload}${packedEach === null ? '' : `, at ${packedEach} each with packaging`}.`,
  ],
  /** "Your range goes up to 480 shells a container: at that end they weigh 20.9 t and still fit …". */
  highEndFits: (high: string, rounds: string, mass: string, payload: string) =>
    `Your range goes up to ${high} ${rounds} a container: at that end they weigh ${mass} and still fit ${payload}.`,
  highEndOver: (high: string, rounds: string, mass: string, payload: string) =>
    `Your range goes up to ${high} ${rounds} a container: at that end they weigh ${mass}, too heavy for ${payload}.`,
  tableCaption: 'Container ratings',
  columns: {
    container: 'Container',
    payload: 'Payload',
    rounds: 'These rounds',
    most: 'Most that fit',
  },
  yourChoice: '(your choice)',
  fit: (spare: string) => `Fit, ${spare} to spare`,
  over: (excess: string) => `Too heavy by ${excess}`,
  packagingAllowance: (percent: string) =>
    `Packaging allowance: ${percent}, your assumption; no published figure.`,
  /** Followed by the round's name and source, or by `yourFigure`. */
  massOfRound: (kg: string) => `Mass of one round: ${kg},`,
  yourFigure: 'your figure',
  /** Followed by the source. */
  volume: (cubicMetres: string) =>
    `Volume is not checked, only mass: a 20-ft container holds ${cubicMetres} m³ inside ·`,
};
