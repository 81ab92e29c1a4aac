import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gzipSize, pageAssets } from '../../scripts/page-assets.mjs';
import { DIST, htmlPages, relative } from './built-site.ts';

// One place for the numbers: budgets.json at the top of the repository.
const budgets = JSON.parse(readFileSync('budgets.json', 'utf8')) as Record<string, number>;
const budget = (name: string) => {
  const value = budgets[name];
  if (typeof value !== 'number') throw new Error(`budgets.json has no number "${name}"`);
  return value;
};
const assets = (page: string) => pageAssets(DIST, `${DIST}/${page}`);

describe('byte budgets (gzip, from budgets.json)', () => {
  it('the home page HTML fits in one round trip', () => {
    expect(assets('index.html').html.gzip).toBeLessThanOrEqual(budget('homeHtmlGzip'));
  });

  it.each(htmlPages().map(relative))('%s: CSS within budget', (page) => {
    expect(assets(page).totals.cssGzip).toBeLessThanOrEqual(budget('cssPerPageGzip'));
  });

  const articles = htmlPages()
    .map(relative)
    .filter((page) => page.startsWith('articles/') && page !== 'articles/index.html');

  it('there are article pages to check', () => {
    expect(articles.length).toBeGreaterThanOrEqual(5);
  });

  it.each(articles.filter((page) => page !== 'articles/privacy-waybill/index.html'))(
    '%s: needs no JavaScript to read; what it loads is small (search loads on demand)',
    (page) => {
      expect(assets(page).totals.jsGzip).toBeLessThanOrEqual(budget('articleJsGzip'));
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

  it('the waybill tool JavaScript is within budget', () => {
    expect(assets('tools/waybill/index.html').totals.jsGzip).toBeLessThanOrEqual(budget('waybillToolJsGzip'));
  });

  it.each(htmlPages().map(relative))('%s: reading settings and read-aloud cost under their budget', (page) => {
    const html = readFileSync(`${DIST}/${page}`, 'utf8');
    const reading = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
      .map((match) => match[1]!)
      .filter((code) => code.includes('fangpian-reading') || code.includes('speechSynthesis'))
      .join('\n');
    if (!page.startsWith('embed/')) expect(reading).toContain('fangpian-reading');
    expect(gzipSize(Buffer.from(reading))).toBeLessThanOrEqual(budget('readingJsGzip'));
  });
});
