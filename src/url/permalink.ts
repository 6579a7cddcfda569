/**
 * The address that reproduces the page's state: the page's own address without query or hash,
 * then `query` (from `stringifyQuery`). `permalinkOf('?v=2&daily=20000', 'https://a.org/x/?y#z')`
 * → `https://a.org/x/?v=2&daily=20000`.
 */
export function permalinkOf(query: string, href: string = window.location.href): string {
  const url = new URL(href);
  return `${url.origin === 'null' ? `${url.protocol}//${url.host}` : url.origin}${url.pathname}${query}`;
}
