/**
 * About how wide a text is at 12px, a little generously: Hangul is square, other letters about
 * half as wide. Enough to tell whether a label fits, without measuring the DOM.
 */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/.test(char) ? 12 : 7;
  return width;
}

/**
 * A label as one line when it fits the room, else two, broken beside the month:
 * `labelLines('Runs out Jul 2024', 'Jul 2024', 200)` → ['Runs out Jul 2024'];
 * with 60 px → ['Runs out ', 'Jul 2024'] (the space kept, so the text still reads as one).
 */
export function labelLines(label: string, month: string, room: number): string[] {
  const at = label.indexOf(month);
  if (textWidth(label) <= room || at < 0) return [label];
  const lines = at === 0 ? [month, label.slice(month.length)] : [label.slice(0, at), month];
  const [first = '', second = ''] = lines.map((line) => line.trim());
  return first === '' || second === '' ? [label] : [`${first} `, second];
}
