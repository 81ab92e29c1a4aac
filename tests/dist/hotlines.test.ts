import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseHtml } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { builtFiles, DIST, relative } from './built-site.ts';

/**
 * Every hotline the built site draws, on screen, on paper, on a slide or in a WeChat paste,
 * comes from content/hotlines/: with its one name, and a number that only sends texts
 * (12381) is never drawn as a number to call.
 */
interface Hotline {
  number: string;
  name: string;
  callable?: boolean;
  instead?: string;
}

const hotlines = Object.values(parseYaml(readFileSync('content/hotlines/hotlines.yaml', 'utf8')) as Record<string, Hotline>);
const byNumber = new Map(hotlines.map((hotline) => [hotline.number, hotline]));
const notCalled = hotlines.filter((hotline) => hotline.callable === false);
const files = [...builtFiles('.html'), ...builtFiles('.html', 'dist-kiosk')];

describe('hotlines as built', () => {
  it('the content has a number that is not called, so the checks below check something', () => {
    expect(notCalled.length).toBeGreaterThan(0);
    expect(files.some((file) => file.includes('print'))).toBe(true);
  });

  it('a number that only sends texts is drawn with what it does instead, never as a number to call', () => {
    const problems: string[] = [];
    let drawn = 0;
    for (const file of files) {
      const root = parseHtml(readFileSync(file, 'utf8'));
      for (const element of root.querySelectorAll('[data-hotline]')) {
        const hotline = byNumber.get(element.getAttribute('data-hotline')!);
        if (!hotline || hotline.callable !== false) continue;
        drawn += 1;
        if (element.getAttribute('data-callable') !== 'false') problems.push(`${relative(file)}: ${hotline.number} is drawn as a number to call`);
        if (!element.text.includes(hotline.instead!)) problems.push(`${relative(file)}: ${hotline.number} is drawn without "${hotline.instead}"`);
      }
      for (const link of root.querySelectorAll('a[href^="tel:"]')) {
        const number = link.getAttribute('href')!.slice('tel:'.length);
        if (notCalled.some((hotline) => hotline.number === number)) problems.push(`${relative(file)}: a tel: link dials ${number}`);
      }
    }
    expect(problems).toEqual([]);
    // The site's hotline list, the printed strips and the wallet cards all show it.
    expect(drawn).toBeGreaterThanOrEqual(4);
  });

  it('every hotline drawn carries the name its data gives it', () => {
    const problems: string[] = [];
    for (const file of files) {
      for (const element of parseHtml(readFileSync(file, 'utf8')).querySelectorAll('[data-hotline]')) {
        const hotline = byNumber.get(element.getAttribute('data-hotline')!);
        const name = element.querySelector('.name')?.text.trim();
        if (!hotline) problems.push(`${relative(file)}: draws ${element.getAttribute('data-hotline')}, which is not in content/hotlines/`);
        else if (name !== hotline.name) problems.push(`${relative(file)}: ${hotline.number} is named "${name}", not "${hotline.name}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('on paper only numbers to call sit under the title of the numbers to call; the rest have their own heading', () => {
    const printables = readdirSync(`${DIST}/print`, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('index.html') && file !== 'index.html');
    expect(printables.length).toBeGreaterThan(3);
    for (const page of printables) {
      const root = parseHtml(readFileSync(`${DIST}/print/${page}`, 'utf8'));
      for (const group of root.querySelectorAll('[data-numbers]')) {
        const heading = group.querySelector('p')?.text.trim();
        const numbers = group.querySelectorAll('[data-hotline]');
        expect(heading, page).toBeTruthy();
        expect(numbers.length, page).toBeGreaterThan(0);
        const wanted = group.getAttribute('data-numbers') === 'call' ? 'true' : 'false';
        for (const number of numbers) expect(`${heading}: ${number.getAttribute('data-hotline')} callable=${number.getAttribute('data-callable')}`, page).toBe(`${heading}: ${number.getAttribute('data-hotline')} callable=${wanted}`);
      }
      // No number is printed outside those groups, except the organisation's own under its name.
      for (const number of root.querySelectorAll('.sheet [data-hotline]')) {
        expect(number.closest('[data-numbers]') ?? number.closest('[data-organisation-block]'), `${page}: ${number.getAttribute('data-hotline')}`).toBeTruthy();
      }
    }
  });

  it('the wallet cards and posters print 12381 apart from the numbers to call', () => {
    for (const page of ['print/wallet-cards/index.html', 'print/posters/scam/index.html']) {
      const root = parseHtml(readFileSync(`${DIST}/${page}`, 'utf8'));
      for (const hotline of notCalled) {
        const drawnAs = root.querySelectorAll(`[data-hotline="${hotline.number}"]`);
        expect(drawnAs.length, page).toBeGreaterThan(0);
        // Not in the same list as the numbers to call.
        for (const element of drawnAs) expect(element.parentNode.querySelectorAll('[data-callable="true"]'), page).toEqual([]);
      }
    }
  });
});
