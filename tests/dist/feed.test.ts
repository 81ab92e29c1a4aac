import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { builtFiles, DIST, relative } from './built-site.ts';

/** /rss.xml: every article, the latest update first, linked at the site's address. */
describe('the update feed', () => {
  const feed = parse(readFileSync(`${DIST}/rss.xml`, 'utf8'), { lowerCaseTagName: true });
  const items = feed.querySelectorAll('item');
  const articles = builtFiles('.html').filter((file) => /^articles\/(?!page\/)[a-z0-9-]+\/index\.html$/.test(relative(file)));

  it('lists every article once', () => {
    expect(items.length).toBe(articles.length);
    const links = items.map((item) => item.querySelector('guid')!.text);
    expect(new Set(links).size).toBe(links.length);
    for (const link of links) expect(link).toMatch(/^https?:\/\/[^/]+\/articles\/[a-z0-9-]+\/$/);
  });

  it('puts the latest update first', () => {
    const dates = items.map((item) => Date.parse(item.querySelector('pubdate')!.text));
    expect(dates.every((date) => !Number.isNaN(date))).toBe(true);
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
  });

  it('is announced on every page and listed on home as 最近更新', () => {
    const home = readFileSync(`${DIST}/index.html`, 'utf8');
    expect(home).toContain('type="application/rss+xml"');
    expect(home).toContain('最近更新');
  });
});
