/** The mean Gregorian month in days: 365.2425 ÷ 12. */
export const MEAN_MONTH_DAYS = 365.2425 / 12;

/** The EU's March 2023 pledge of one million artillery shells to Ukraine (FACTS §4). */
export const EU_PLEDGE_SHELLS = 1_000_000;

/** Russia sent about 30% more containers north than it received (Shin, 2024-02-26; FACTS §4). */
export const RETURN_CONTAINER_RATIO = 1.3;
