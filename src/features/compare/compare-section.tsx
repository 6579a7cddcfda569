/** Two scenarios side by side. (Being built.) */
export function CompareSection() {
  return null;
}
