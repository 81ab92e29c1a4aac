import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtFiles, relative } from './built-site.ts';

// The site targets Chrome 87 and Safari 14 (old WeChat webviews). Vite lowers the CSS it
// can (cssTarget in astro.config.mjs); these are the things it cannot, which must only
// ever enhance: a browser that does not know a selector drops the whole rule it is in.
const stylesheets = builtFiles('.css').filter((file) => file.includes('_astro'));

/** Every rule's selector list, outside @-rule preludes, in order. */
function selectorLists(css: string): string[] {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...withoutComments.matchAll(/(?:^|[{};])\s*([^{};@][^{};]*)\{/g)].map((match) => match[1]!.trim());
}

/** Splits "a, b:has(c, d)" at top-level commas only. */
function selectors(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of list) {
    if (ch === '(') depth += 1;
    if (ch === ')') depth -= 1;
    if (ch === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += ch;
  }
  return [...parts, current.trim()];
}

describe('CSS for older in-app browsers (Chrome 87, Safari 14)', () => {
  it('finds the stylesheets', () => expect(stylesheets.length).toBeGreaterThan(0));

  it.each(stylesheets.map((file) => relative(file)))('%s: no :is() or :where(), which Chrome 87 drops whole rules for', (file) => {
    const css = readFileSync(`dist/${file}`, 'utf8');
    expect(selectorLists(css).filter((list) => /:(is|where)\(/.test(list))).toEqual([]);
  });

  it.each(stylesheets.map((file) => relative(file)))('%s: :has() only in rules that are nothing but an enhancement', (file) => {
    const css = readFileSync(`dist/${file}`, 'utf8');
    const mixed = selectorLists(css).filter((list) => {
      const parts = selectors(list);
      return parts.some((part) => part.includes(':has(')) && !parts.every((part) => part.includes(':has('));
    });
    expect(mixed).toEqual([]);
  });

  it.each(stylesheets.map((file) => relative(file)))('%s: media queries in the syntax old browsers read (no range syntax)', (file) => {
    const css = readFileSync(`dist/${file}`, 'utf8');
    expect([...css.matchAll(/@media[^{]*\((?:width|height)\s*[<>]/g)].map((m) => m[0])).toEqual([]);
  });
});
