import { plural } from '../../format';

/** English: "What would have to be true". The other languages copy this shape (`typeof solver`). */
export const solver = {
  title: 'What would have to be true',
  dek: 'Pick a target and one assumption: the calculator works out what that assumption would have to be, with every other one as it is (ranges at their middle).',
  target: 'Target',
  targetValue: 'Target value',
  solveFor: 'Solve for',
  kinds: { months: 'Months of fire', lastDay: 'Last day of fire', total: 'Total shells' },
  /** The unit beside the target field. */
  kindUnits: { months: 'months', lastDay: 'YYYY-MM-DD', total: 'working shells' },
  unknowns: {
    perContainer: 'Shells per container',
    containers: 'Containers',
    daily: 'Shells fired a day',
  },
  /** The target as the start of the answer: "To last 12 months". */
  goals: {
    months: (count: number, formatted: string) =>
      `To last ${formatted} ${plural(count, 'en', { one: 'month', other: 'months' })}`,
    lastDay: (date: string) => `To last until ${date}`,
    total: (_count: number, formatted: string) => `To deliver ${formatted} working shells`,
  },
  /** "To last 12 months, each container would need about 545 shells (545.14)." */
  answers: {
    perContainer: (goal: string, _count: number, about: string, exact: string) =>
      `${goal}, each container would need about ${about} shells (${exact}).`,
    containers: (goal: string, _count: number, about: string, exact: string) =>
      `${goal}, North Korea would have to have sent about ${about} containers (${exact}).`,
    daily: (goal: string, _count: number, about: string, exact: string) =>
      `${goal}, Russia would have to fire about ${about} shells a day (${exact}).`,
  },
  verdicts: {
    implausible: 'Not plausible.',
    'beyond-published': 'Beyond the published figures.',
    plausible: 'Plausible.',
  },
  /** "They would weigh 23.7 t, within the 28.2 t a container can carry." */
  weighWithin: (mass: string, payload: string) =>
    `They would weigh ${mass}, within the ${payload} a container can carry.`,
  weighOver: (mass: string, payload: string) =>
    `They would weigh ${mass}, more than the ${payload} a container can carry.`,
  /** "That is more than any published figure (266 to 480 shells a container)." */
  published: {
    below: (span: string) => `That is less than any published figure (${span}).`,
    within: (span: string) => `That is within the published figures (${span}).`,
    above: (span: string) => `That is more than any published figure (${span}).`,
  },
  /** A span of published values: "266 to 480 shells a container"; `count` is the high end, for plurals. */
  spans: {
    perContainer: (_count: number, low: string, high: string) =>
      `${low} to ${high} shells a container`,
    containers: (_count: number, low: string, high: string) => `${low} to ${high} containers`,
    daily: (_count: number, low: string, high: string) => `${low} to ${high} shells a day`,
  },
  /** "The calculator cannot use it: Shells per container must be 5,000 or less." */
  cannotUse: (unknown: string, reason: string) =>
    `The calculator cannot use it: ${unknown} ${reason.toLowerCase()}.`,
  /** The button that applies the answer: "Use 545.1 shells a container". */
  use: {
    perContainer: (_count: number, value: string) => `Use ${value} shells a container`,
    containers: (_count: number, value: string) => `Use ${value} containers`,
    daily: (_count: number, value: string) => `Use ${value} shells a day`,
  },
  /** "Shells per container is now 545.1." */
  applied: (label: string, value: string) => `${label} is now ${value}.`,
  replacesRange: 'This replaces your range with one number.',
  failures: {
    notPositive: 'Enter a number above 0',
    lastDayNotAfterCount: (date: string) =>
      `The shells last at least until the count date, ${date}: pick a later day`,
    totalIgnoresDaily:
      'How fast Russia fires does not change how many shells were delivered: solve for containers or shells per container instead.',
    /** "With Shells that work at 0%, no number of containers can meet the target." */
    nothingDelivered: (label: string, zero: string, unknown: string) =>
      `With ${label} at ${zero}, no number of ${unknown.toLowerCase()} can meet the target.`,
    noDeliveryPeriod: (reason: string) => `Check the dates first: ${reason}.`,
    beyondNumbers: 'That target is too large to work out.',
  },
};
