import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtFiles, htmlPages, relative } from './built-site.ts';

// A privacy site must not make anyone's browser talk to a third party. The end-to-end
// tests watch real requests; this reads the files, so it also covers pages and states
// the browser tests never reach.

/** Attributes and CSS that make a browser fetch something. <a href> is a link, not a request. */
const FETCHING = [
  /<(?:script|img|iframe|source|video|audio|embed|track)\b[^>]*\ssrc="(https?:)?\/\/[^"]*"/gi,
  /<link\b(?![^>]*rel="(?:canonical|alternate)")[^>]*\shref="(https?:)?\/\/[^"]*"/gi,
  /url\(\s*["']?(https?:)?\/\/[^)]*\)/gi,
  /@import\s+["'](https?:)?\/\//gi,
];

describe('nothing loads from another origin', () => {
  it.each([...htmlPages(), ...builtFiles('.css')])('%s', (file) => {
    const text = readFileSync(file, 'utf8');
    const found = FETCHING.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => m[0].slice(0, 120)));
    expect(found).toEqual([]);
  });

  it('ships no font files at all: the system CJK fonts are used', () => {
    const fonts = ['.woff', '.woff2', '.ttf', '.otf', '.eot'].flatMap((ext) => builtFiles(ext));
    expect(fonts).toEqual([]);
  });
});

describe('Content-Security-Policy', () => {
  it.each(htmlPages().map((file) => relative(file)))('%s sets a CSP that forbids inline scripts and other origins', (page) => {
    const html = readFileSync(`dist/${page}`, 'utf8');
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
    expect(csp, 'missing CSP meta').toBeDefined();
    const directives = Object.fromEntries(
      csp!.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values];
      }),
    );
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['script-src']).toContain("'self'");
    expect(directives['script-src']).not.toContain("'unsafe-inline'");
    expect(directives['script-src']).not.toContain("'unsafe-eval'");
    expect(directives['connect-src']).toEqual(["'self'"]);
  });
});

describe('JavaScript for older in-app browsers (Chrome 87, Safari 14)', () => {
  // Syntax is compiled down by Vite (astro.config.mjs); these are APIs it cannot add.
  const TOO_NEW = [/\.at\(-?\d/, /\.replaceAll\(/, /structuredClone\(/, /Object\.hasOwn\(/, /\.findLast\(/, /\.toSorted\(/, /Object\.groupBy\(/];
  it.each(builtFiles('.js').filter((file) => file.includes('_astro')).map((file) => relative(file)))('%s uses no API newer than the target', (file) => {
    const code = readFileSync(`dist/${file}`, 'utf8');
    expect(TOO_NEW.filter((pattern) => pattern.test(code)).map(String)).toEqual([]);
  });
});
