/**
 * Copying and sharing where browsers may refuse: a sandboxed iframe, an insecure page, a denied
 * permission, an old browser. Nothing here throws; the caller learns whether it worked.
 */

/** Writes `text` to the clipboard; false when there is no clipboard or it refused (throw or rejection). */
export async function writeToClipboard(text: string): Promise<boolean> {
  try {
    // Missing outside secure contexts, whatever the types say.
    const clipboard = navigator.clipboard as Clipboard | undefined;
    if (clipboard === undefined) return false;
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** True where the browser offers its own share sheet, and would take this link. */
export function canShareLink(url: string): boolean {
  try {
    if (!('share' in navigator) || typeof navigator.share !== 'function') return false;
    if (!('canShare' in navigator) || typeof navigator.canShare !== 'function') return true;
    return navigator.canShare({ url });
  } catch {
    return false;
  }
}

/** True for the error of a share sheet the person closed: nothing went wrong. */
export function isAbort(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && 'name' in error && error.name === 'AbortError'
  );
}
