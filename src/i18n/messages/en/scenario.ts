/** English: the statement picker; each statement's label is made from its record. */
export const scenario = {
  heading: 'Start from a published estimate',
  founding: 'The two founding statements',
  /** "6,700 containers" under a founding statement's date. */
  containers: (_count: number, formatted: string) => `${formatted} containers`,
  all: 'All published statements',
};
