import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { blankShares, filledBoxes } from './print-blank.ts';
import { BASE, DIST, PRINTABLE_PAGES } from './site.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const JSQR = createRequire(import.meta.url).resolve('jsqr/dist/jsQR.js');
/** 12 pt and 9 pt in CSS pixels. */
const PT12 = 16;
const PT9 = 12;

interface Printable {
  path: string;
  pages: number;
  /** The smallest text allowed on it. */
  minFontPx: number;
}

const factSheets = readdirSync(`${DIST}/print/articles`).map((id) => ({ path: `print/articles/${id}/`, pages: 1, minFontPx: PT12 }));
const PRINTABLES: Printable[] = [
  ...factSheets,
  { path: 'print/posters/scam/', pages: 1, minFontPx: PT12 },
  { path: 'print/posters/shops/', pages: 1, minFontPx: PT12 },
  { path: 'print/wallet-cards/', pages: 2, minFontPx: PT9 },
];

/** Pages in a PDF Chromium wrote. */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

/** What every QR code on the page says, read from the images as drawn (jsQR in the page). */
async function decodeQrCodes(page: Page): Promise<{ expected: string; decoded: string | null }[]> {
  await page.addScriptTag({ path: JSQR });
  return page.evaluate(async () => {
    const decode = (window as unknown as { jsQR: (data: Uint8ClampedArray, w: number, h: number) => { data: string } | null }).jsQR;
    const results: { expected: string; decoded: string | null }[] = [];
    for (const figure of document.querySelectorAll<HTMLElement>('figure[data-qr-for]')) {
      const img = figure.querySelector('img')!;
      await img.decode();
      const size = 400;
      const canvas = document.createElement('canvas');
      canvas.width = size;
      canvas.height = size;
      const context = canvas.getContext('2d')!;
      context.fillStyle = '#fff';
      context.fillRect(0, 0, size, size);
      context.drawImage(img, 0, 0, size, size);
      const { data } = context.getImageData(0, 0, size, size);
      results.push({ expected: figure.dataset['qrFor']!, decoded: decode(data, size, size)?.data ?? null });
    }
    return results;
  });
}

test('every printable under /print/ is checked here', () => {
  expect(PRINTABLES.map((printable) => printable.path).sort()).toEqual(PRINTABLE_PAGES);
});

test('there is a fact sheet for every article, two posters and the wallet cards', () => {
  const articles = readdirSync(`${DIST}/articles`, { withFileTypes: true }).filter((entry) => entry.isDirectory() && entry.name !== 'page');
  expect(factSheets.map((sheet) => sheet.path).sort()).toEqual(articles.map((entry) => `print/articles/${entry.name}/`).sort());
});

for (const printable of PRINTABLES) {
  test.describe(`/${printable.path}`, () => {
    test(`prints on exactly ${printable.pages} A4 page(s), large type, no site furniture`, async ({ browser }) => {
      // A fresh page, printed as a reader would: no screen emulation left over, a tall window.
      const page = await browser.newPage({ viewport: { width: 1280, height: 1400 } });
      await page.goto(`${BASE}${printable.path}`);
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
      expect(pdfPages(pdf)).toBe(printable.pages);

      await page.emulateMedia({ media: 'print' });
      const smallest = await page.evaluate(() => {
        let min = Infinity;
        let where = '';
        for (const element of document.querySelectorAll<HTMLElement>('.sheet *')) {
          const own = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '');
          if (!own || element.closest('.visually-hidden') || element.getClientRects().length === 0) continue;
          const size = parseFloat(getComputedStyle(element).fontSize);
          if (size < min) [min, where] = [size, `${element.tagName.toLowerCase()}.${element.className}: ${element.textContent!.trim().slice(0, 20)}`];
        }
        return { min, where };
      });
      expect(smallest.min, smallest.where).toBeGreaterThanOrEqual(printable.minFontPx - 0.01);
      // The site's name is read whole: on one line wherever it is printed.
      const brokenNames = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.sheet .site, .sheet .card-site')]
          .filter((name) => name.getBoundingClientRect().height > 1.5 * parseFloat(getComputedStyle(name).lineHeight))
          .map((name) => name.textContent),
      );
      expect(brokenNames).toEqual([]);
      // On paper: the sheets and nothing else.
      await expect(page.locator('.on-screen')).toBeHidden();
      await expect(page.locator('header, nav, footer, button').filter({ visible: true })).toHaveCount(0);
      // Every sheet fits its page: nothing cut off at the bottom.
      const overflowing = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.sheet')].filter((sheet) => sheet.scrollHeight > sheet.clientHeight + 1).length);
      expect(overflowing).toBe(0);
      await page.close();
    });

    test('its type and QR codes grow to fill the paper: at most 15 % of it left blank, measured on the PDF', async ({ browser }) => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 1400 } });
      await page.goto(`${BASE}${printable.path}`);
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
      const boxes = await filledBoxes(page);
      await page.close();
      // Every sheet, or every card on a sheet of cards, is measured.
      expect(new Set(boxes.map((box) => box.page)).size).toBe(printable.pages);
      for (const { label, blank, bands } of blankShares(pdf, boxes)) {
        expect(blank, `${label}: blank bands ${bands.join(', ')}`).toBeLessThanOrEqual(0.15);
      }
    });

    test('every QR code decodes to the right absolute address', async ({ browser, baseURL }) => {
      // The decoder is the test's own script: the page's CSP rightly refuses it, so this page ignores the CSP.
      const context = await browser.newContext({ baseURL: baseURL!, bypassCSP: true });
      const page = await context.newPage();
      await page.goto(`${BASE}${printable.path}`);
      const codes = await decodeQrCodes(page);
      await context.close();
      expect(codes.length).toBeGreaterThan(0);
      for (const { expected, decoded } of codes) {
        expect(expected).toMatch(/^https?:\/\//);
        expect(decoded).toBe(expected);
      }
    });

    test('reads on a 360 px phone without sideways scrolling, and without JavaScript', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
      const page = await context.newPage();
      await page.goto(`${BASE}${printable.path}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await expect(page.locator('main h1')).toHaveCount(1);
      await expect(page.getByRole('link', { name: '回到宣传资料' })).toBeVisible();
      await context.close();
    });

    test('passes axe on screen, in light and dark', async ({ page }) => {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await page.goto(`${BASE}${printable.path}`);
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        expect(results.violations.map((v) => `${colorScheme}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      }
    });
  });
}

test('posters are readable from two metres: the headline is at least 60 pt', async ({ page }) => {
  for (const poster of ['print/posters/scam/', 'print/posters/shops/']) {
    await page.goto(`${BASE}${poster}`);
    await page.emulateMedia({ media: 'print' });
    const size = await page.locator('.sheet h1').evaluate((h1) => parseFloat(getComputedStyle(h1).fontSize));
    expect(size).toBeGreaterThanOrEqual(80);
  }
});

test('a build left at the default address says so on screen, never on paper', async ({ page }) => {
  // npm test builds without SITE_URL: the QR codes lead to this computer.
  for (const path of ['print/', 'print/posters/scam/']) {
    await page.goto(`${BASE}${path}`);
    await expect(page.locator('[data-local-site]')).toBeVisible();
    await expect(page.locator('[data-local-site]')).toContainText('SITE_URL');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-local-site]')).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
  }
});

test('/print/ explains how to print and links every printable; every article links its own fact sheet', async ({ page }) => {
  await page.goto(`${BASE}print/`);
  await expect(page.getByRole('heading', { name: '怎么打印' })).toBeVisible();
  for (const path of ['print/posters/scam/', 'print/posters/shops/', 'print/wallet-cards/']) await expect(page.locator(`a[href="${BASE}${path}"]`)).toHaveCount(1);
  await page.goto(`${BASE}articles/yiwu-case/`);
  await page.getByRole('link', { name: '打印这篇的单页（A4）' }).click();
  await expect(page).toHaveURL(new RegExp(`${BASE}print/articles/yiwu-case/$`));
});
