// How long a reader waits for her first search: from the tap on the search button, typing the
// query at a phone typist's pace, until the first result is on screen. Ours (the header's
// search dialog) beside Starlight's (its default Pagefind UI), on the same article of sites
// built from the same articles, in a phone-sized browser with the network and CPU of Lighthouse's
// mobile profile (slow 4G: 150 ms, 1.6 Mbit/s; CPU 4× slower). Each run starts from an empty
// cache, on the article page once it has loaded and the network has gone quiet (Starlight's
// search button works only once its script has loaded on idle); medians of `runs` runs.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium.mjs';
import { serveDist } from './lib.mjs';

const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const CPU_SLOWDOWN = 4;
/** A steady thumb on a phone keyboard picking characters: a character every this many ms. */
const TYPING_MS = 300;

/** What to tap, where to type, and what a result looks like, on each site. */
const SITES = {
  ours: {
    open: 'a[data-search-trigger]',
    input: 'dialog [data-search] input[type="search"]',
    result: 'dialog [data-search-results] a[data-result]',
  },
  starlight: {
    open: 'site-search button[data-open-modal]',
    input: 'dialog input.pagefind-ui__search-input',
    result: 'dialog .pagefind-ui__result-link',
  },
};

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function oneSearch(browser, origin, path, site, query) {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(`${origin}/${path}`, { waitUntil: 'networkidle', timeout: 120_000 });
    const { open, input, result } = SITES[site];
    await page.locator(open).waitFor({ state: 'visible' });
    const started = Date.now();
    await page.locator(open).click();
    await page.locator(input).pressSequentially(query, { delay: TYPING_MS });
    const typed = Date.now() - started;
    // The first result of the whole query (each site searches again as each character comes).
    await page.locator(result).first().waitFor({ state: 'visible', timeout: 60_000 });
    await page.waitForFunction(
      ({ input, query }) => document.querySelector(input)?.value === query,
      { input, query },
    );
    return { ms: Date.now() - started, typedMs: typed };
  } finally {
    await context.close();
  }
}

/**
 * `sites`: { ours: { dist, path }, starlight: { dist, path } }. Returns, for each query and site,
 * the median time from the tap to the first result, and how much of it was spent typing.
 */
export async function benchSearchSpeed({ sites, queries = ['面单', '退款'], runs = 3 }) {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const servers = {};
  try {
    for (const [name, { dist }] of Object.entries(sites)) servers[name] = await serveDist({ dist, base: '/' });
    const rows = [];
    for (const query of queries) {
      const row = { query };
      for (const name of Object.keys(sites)) {
        const measured = [];
        for (let run = 0; run < runs; run++) measured.push(await oneSearch(browser, servers[name].origin, sites[name].path, name, query));
        row[name] = { ms: median(measured.map((m) => m.ms)), typedMs: median(measured.map((m) => m.typedMs)), runs: measured.map((m) => m.ms) };
      }
      rows.push(row);
    }
    return { typingMs: TYPING_MS, rows };
  } finally {
    await browser.close();
    for (const server of Object.values(servers)) await server.close?.();
  }
}
