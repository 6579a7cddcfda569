/** A disagreement between sources that the app shows rather than hides (FACTS.md §1). */
export interface Conflict {
  title: string;
  body: string;
}

export const CONFLICTS: readonly Conflict[] = [
  {
    title: '3 million shells or 500,000 rockets, not both',
    body: "Shin's Feb 2024 figures are two readings of the same 6,700 containers: all 152 mm shells, or all 122 mm rockets. They are not to be added. The 122 mm figure works out at 75 a container, which fits Grad rockets of about 65 kg, not 122 mm howitzer shells.",
  },
  {
    title: 'How many shells fit in a container',
    body: "Government figures imply about 430–480 shells a container. The Open Source Centre's satellite count implies far fewer: 266–367.",
  },
  {
    title: 'When deliveries began',
    body: 'Reports of the Feb 2024 figure count from July, August or September 2023. The Defense Intelligence Agency series counts from mid-2022.',
  },
  {
    title: 'Running totals, not new shipments',
    body: 'Each later figure is a running total that includes the earlier ones. Adding them together counts the same containers more than once.',
  },
];
