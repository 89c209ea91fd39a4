// A year in milliseconds (365.25 days): how the recommenders turn the time between two start dates
// into years for recency weights and ages.
export const YEAR_MS = 365.25 * 86_400_000;
