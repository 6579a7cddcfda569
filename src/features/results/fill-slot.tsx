import type { ReactNode } from 'react';

/**
 * A message with one figure inside it: the figure replaces `slot` in `template`, wherever the
 * language puts it. `fillSlot('{days} at 10,000 shells a day', '{days}', figure)`.
 */
export function fillSlot(template: string, slot: string, figure: ReactNode): ReactNode {
  const at = template.indexOf(slot);
  if (at < 0) return template;
  return (
    <>
      {template.slice(0, at)}
      {figure}
      {template.slice(at + slot.length)}
    </>
  );
}
