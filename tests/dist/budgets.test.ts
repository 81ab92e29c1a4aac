import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gzipSize, pageAssets } from '../../scripts/page-assets.mjs';
import { DIST, DIST_LARGE, htmlPages, relative } from './built-site.ts';

// One place for the numbers: budgets.json at the top of the repository.
const budgets = JSON.parse(readFileSync('budgets.json', 'utf8')) as Record<string, number>;
const budget = (name: string) => {
  const value = budgets[name];
  if (typeof value !== 'number') throw new Error(`budgets.json has no number "${name}"`);
  return value;
};

/** What the first round trip of a connection carries (10 TCP segments). */
const FIRST_ROUND_TRIP = 14 * 1024;

// Every budget holds for the real site and for the same site with 300 articles.
describe.each([
  { site: '5 articles', dir: DIST },
  { site: '300 articles', dir: DIST_LARGE },
])('byte budgets at $site (gzip, from budgets.json)', ({ dir }) => {
  const assets = (page: string) => pageAssets(dir, `${dir}/${page}`);
  const pages = htmlPages(dir).map((file) => relative(file, dir));

  it('the home page HTML fits in one round trip', () => {
    expect(assets('index.html').html.gzip).toBeLessThanOrEqual(budget('homeHtmlGzip'));
  });

  it.each(pages)('%s: CSS within budget', (page) => {
    expect(assets(page).totals.cssGzip).toBeLessThanOrEqual(budget('cssPerPageGzip'));
  });

  const articles = pages.filter((page) => /^articles\/[^/]+\/index\.html$/.test(page) && !page.startsWith('articles/page/'));

  it('there are article pages to check', () => {
    expect(articles.length).toBeGreaterThanOrEqual(dir === DIST_LARGE ? 300 : 5);
  });

  it.each(articles.filter((page) => page !== 'articles/privacy-waybill/index.html'))(
    '%s: needs no JavaScript to read; what it loads is small (search loads on demand)',
    (page) => {
      expect(assets(page).totals.jsGzip).toBeLessThanOrEqual(budget('articleJsGzip'));
    },
  );

  // A script named only inside another script is found once that one has loaded: on a slow
  // phone network a round trip later, which Lighthouse counts before the first paint.
  it.each(['index.html', ...articles.filter((page) => page !== 'articles/privacy-waybill/index.html')])(
    '%s: every script it loads at once is named in its HTML',
    (page) => {
      expect(assets(page).late.map((script) => relative(script.file, dir))).toEqual([]);
    },
  );

  it('the privacy-waybill article carries the waybill tool within the tool budget', () => {
    expect(assets('articles/privacy-waybill/index.html').totals.jsGzip).toBeLessThanOrEqual(budget('waybillToolJsGzip'));
  });

  it('the quiz page JavaScript is within budget', () => {
    const quiz = assets('quiz/index.html');
    const onDemand = quiz.onDemand.filter((chunk) => chunk.file.includes('card-image'));
    expect(quiz.totals.jsGzip + onDemand.reduce((sum, chunk) => sum + chunk.gzip, 0)).toBeLessThanOrEqual(budget('quizJsGzip'));
  });

  // The call simulation's island: what a scenario page loads beyond what every page loads.
  const scenarios = pages.filter((page) => /^simulate\/[^/]+\/index\.html$/.test(page));
  const everyPageScripts = new Set(assets('index.html').js.map((script) => script.file));
  const isSimulationScript = (file: string) => /SimulationPlayer|simulation/.test(file);

  it('there are scenario pages to check', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(4);
  });

  it.each(scenarios)('%s: the simulation island is within budget', (page) => {
    const own = assets(page).js.filter((script) => !everyPageScripts.has(script.file));
    expect(own.some((script) => isSimulationScript(script.file))).toBe(true);
    expect(own.reduce((sum, script) => sum + script.gzip, 0)).toBeLessThanOrEqual(budget('simulationJsGzip'));
  });

  it.each(pages.filter((page) => !scenarios.includes(page)))('%s: loads nothing of the simulation island', (page) => {
    expect(assets(page).js.filter((script) => /SimulationPlayer/.test(script.file))).toEqual([]);
  });

  it('the waybill tool JavaScript is within budget', () => {
    expect(assets('tools/waybill/index.html').totals.jsGzip).toBeLessThanOrEqual(budget('waybillToolJsGzip'));
  });

  it.each(pages)('%s: reading settings and read-aloud cost under their budget', (page) => {
    const html = readFileSync(`${dir}/${page}`, 'utf8');
    const reading = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
      .map((match) => match[1]!)
      .filter((code) => code.includes('fangpian-reading') || code.includes('speechSynthesis'))
      .join('\n');
    if (!page.startsWith('embed/')) expect(reading).toContain('fangpian-reading');
    expect(gzipSize(Buffer.from(reading))).toBeLessThanOrEqual(budget('readingJsGzip'));
  });

  // First paint: a page can draw once its one stylesheet has arrived, and the title and
  // first paragraph come with the first round trip even where a host does not compress.
  it.each(pages.filter((page) => !page.startsWith('wechat/')))('%s: one render-blocking stylesheet, no inline <style>', (page) => {
    const { css, html } = assets(page);
    expect(css.length).toBeLessThanOrEqual(1);
    expect(html.inlineStyle).toBe(0);
  });

  it.each(pages.filter((page) => /(^|\/)index\.html$/.test(page) && !page.startsWith('embed/') && !page.startsWith('wechat/')))(
    '%s: the <h1> and the first paragraph after it are within the first 14 KB',
    (page) => {
      const html = readFileSync(`${dir}/${page}`);
      const h1 = html.indexOf('<h1');
      expect(h1, 'the page has an <h1>').toBeGreaterThan(0);
      const paragraphEnd = html.indexOf('</p>', h1);
      const end = paragraphEnd === -1 ? html.indexOf('</h1>', h1) : paragraphEnd + '</p>'.length;
      expect(end).toBeLessThanOrEqual(FIRST_ROUND_TRIP);
    },
  );
});
