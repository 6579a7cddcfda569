/**
 * The published dataset of every statement (CONTRACT §6, "Statement data"), built with the site
 * beside index.html (see `datasetFiles` in vite.config.ts), relative to the page.
 */
export const DATASET_FILES = [
  { format: 'CSV', path: './data/statements.csv' },
  { format: 'JSON', path: './data/statements.json' },
] as const;
