// What a first visit really downloads, measured in a browser at a phone's size (360×640):
// the bytes that arrive before the page's `load` event, then what keeps arriving in the
// background once the page has loaded (a service worker's precache, scripts loaded on idle),
// until the network has been quiet for a while. Bytes are as sent over the wire (gzip from the
// same server, scripts/serve.mjs), headers left out. Each run starts from an empty cache; the
// medians of `runs` runs are kept.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium.mjs';
import { serveDist } from './lib.mjs';

/** The network counts as settled after this long without a request. */
const QUIET_MS = 3000;
/** Give up waiting for quiet after this long. */
const LONGEST_MS = 30000;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function oneVisit(browser, url) {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  let loaded = false;
  let inFlight = 0;
  let lastActivity = Date.now();
  const before = { bytes: 0, requests: 0 };
  const after = { bytes: 0, requests: 0 };
  context.on('request', () => {
    inFlight += 1;
    lastActivity = Date.now();
  });
  const done = async (request) => {
    inFlight -= 1;
    lastActivity = Date.now();
    const response = await request.response().catch(() => null);
    // Answered by the service worker from its cache: nothing came over the network.
    if (!response || response.fromServiceWorker()) return;
    const sizes = await request.sizes().catch(() => null);
    if (!sizes) return;
    const bucket = loaded ? after : before;
    bucket.bytes += sizes.responseBodySize;
    bucket.requests += 1;
  };
  context.on('requestfinished', done);
  context.on('requestfailed', () => {
    inFlight -= 1;
    lastActivity = Date.now();
  });
  await page.goto(url, { waitUntil: 'load' });
  loaded = true;
  lastActivity = Date.now();
  const started = Date.now();
  while (Date.now() - started < LONGEST_MS && (inFlight > 0 || Date.now() - lastActivity < QUIET_MS)) await page.waitForTimeout(200);
  await context.close();
  return { before, after };
}

/** `sites`: { name: { dist, path } }; each page is visited `runs` times. */
export async function benchFirstVisit(sites, { runs = 3 } = {}) {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const results = {};
  try {
    for (const [name, { dist, path }] of Object.entries(sites)) {
      const server = await serveDist({ dist });
      try {
        const visits = [];
        for (let run = 0; run < runs; run++) visits.push(await oneVisit(browser, `${server.origin}/${path}`));
        const pick = (key, part) => median(visits.map((visit) => visit[key][part]));
        results[name] = {
          path,
          beforeLoad: { bytes: pick('before', 'bytes'), requests: pick('before', 'requests') },
          background: { bytes: pick('after', 'bytes'), requests: pick('after', 'requests') },
          runs,
        };
      } finally {
        server.close();
      }
    }
  } finally {
    await browser.close();
  }
  return results;
}
