/**
 * Whether a response kept for offline use arrived whole. A flaky mobile network or a proxy
 * can hand over a 200 whose body was cut off; kept, it would be served every time the
 * reader is offline. Precached files are checked by their SRI hash; pages and search files
 * kept as they are visited are checked here, since their list grows with the site.
 */

/**
 * The body's length matches the Content-Length the server sent. A compressed response's
 * Content-Length counts the compressed bytes, which the page never sees: it cannot be
 * compared, and passes.
 */
export function hasPromisedLength(bodyBytes: number, contentLength: string | null, contentEncoding: string | null): boolean {
  if (contentLength === null || (contentEncoding !== null && contentEncoding !== '' && contentEncoding !== 'identity')) return true;
  const promised = Number(contentLength);
  return !Number.isInteger(promised) || promised === bodyBytes;
}

/**
 * An HTML page ends with its closing tag: a cut-off page does not. Astro puts the module
 * scripts of a page's own <script> after it (on /search/, /simulate/, the print pages…), so
 * external script tags may follow it, and nothing else.
 */
export function endsLikeAPage(html: string): boolean {
  return /<\/html>\s*(?:<script\b[^>]*><\/script>\s*)*$/i.test(html);
}
