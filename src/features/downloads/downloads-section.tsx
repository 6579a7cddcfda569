/** Downloads: the figures as CSV, and printing the methodology sheet. (Being built.) */
export function DownloadsSection() {
  return null;
}
