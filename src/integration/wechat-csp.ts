import { createHash } from 'node:crypto';
import { parse } from 'node-html-parser';

/**
 * The /wechat/<slug>/ page lets its own Content Security Policy accept exactly the inline
 * styles of its article's fragment. The copy button hands the fragment to the clipboard as
 * rich text, and the browser parses that HTML in the page to clean it: without this, each
 * style attribute is refused and logged as a CSP error (hundreds per copy). Only these
 * values are allowed ('unsafe-hashes' with their hashes), never inline styles in general.
 */
export function styleAttributeHashes(fragment: string): string[] {
  const values = new Set<string>();
  for (const element of parse(fragment).querySelectorAll('[style]')) values.add(element.getAttribute('style') ?? '');
  return [...values].sort().map((value) => `'sha256-${createHash('sha256').update(value).digest('base64')}'`);
}

/** The page with its CSP's style-src widened to those hashes; a page without the directive fails the build. */
export function allowStyleAttributes(page: string, hashes: readonly string[]): string {
  const directive = /(<meta http-equiv="content-security-policy" content="[^"]*style-src 'self')/;
  if (!directive.test(page)) throw new Error("A /wechat/ page has no CSP meta with style-src 'self': the copy button's styles could not be allowed.");
  return hashes.length === 0 ? page : page.replace(directive, `$1 'unsafe-hashes' ${hashes.join(' ')}`);
}
