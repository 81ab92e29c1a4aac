import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/find-chromium.mjs';
import { PORT } from './tests/e2e/site.ts';

// The end-to-end tests run against the production build in dist/, served the way any
// static host would serve it. Playwright cannot download its own browser here, so we use
// the installed Chromium; findChromium() throws with the install hint when there is none.
const port = PORT;
/**
 * The same site plus a distractor page, for the search ranking tests (tests/e2e/search-
 * fixture.mjs); port - 3 serves the 300-article build (dist-large/) with the same page.
 */
const fixturePort = port - 1;
const basePath = process.env['BASE_PATH'] ?? '/';
/** WeChat's in-app browser on an Android phone (an old Chrome 87 webview). */
const WECHAT_USER_AGENT =
  'Mozilla/5.0 (Linux; Android 10; V2002A Build/QP1A.190711.020; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/87.0.4280.141 Mobile Safari/537.36 XWEB/4317 MMWEBSDK/20220903 MMWEBID/9220 MicroMessenger/8.0.28.2240(0x28001C57) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  workers: 2,
  // Tests check what a page does, not how fast: several walk every page or run axe on each
  // (20–30 s alone on a two-core machine), and side by side with another worker they need
  // more than Playwright's default 30 s. Speed is measured by `npm run bench`.
  timeout: 90_000,
  reporter: process.env['CI'] ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'zh-CN',
    trace: 'retain-on-failure',
    // Service workers would quietly serve cached files to every test; only the offline
    // tests (tests/e2e/offline.spec.ts) turn them on.
    serviceWorkers: 'block',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  projects: [
    {
      // The older reader (tests/e2e/older-reader.spec.ts): WeChat on a 360×640 phone, browser
      // text at 125 % and the site's 特大; the spec sets the text sizes on every page.
      name: 'older-reader',
      testMatch: ['older-reader.spec.ts'],
      use: { ...devices['Pixel 7'], viewport: { width: 360, height: 640 }, userAgent: WECHAT_USER_AGENT },
    },
    {
      name: 'phone',
      testIgnore: ['older-reader.spec.ts'],
      use: { ...devices['Pixel 7'], viewport: { width: 360, height: 740 } },
    },
    {
      // Pages opened inside WeChat: its in-app browser's user agent on a small 360×640 phone.
      name: 'wechat',
      testMatch: ['every-page.spec.ts', 'navigation.spec.ts'],
      use: {
        ...devices['Pixel 7'],
        viewport: { width: 360, height: 640 },
        userAgent: WECHAT_USER_AGENT,
      },
    },
  ],
  webServer: [
    {
      command: `node scripts/serve.mjs --port ${port}`,
      url: `http://127.0.0.1:${port}${basePath.endsWith('/') ? basePath : `${basePath}/`}`,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `node tests/e2e/search-fixture.mjs .search-fixture && node scripts/serve.mjs --dir .search-fixture --port ${fixturePort}`,
      url: `http://127.0.0.1:${fixturePort}${basePath.endsWith('/') ? basePath : `${basePath}/`}`,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `node tests/e2e/search-fixture.mjs .search-fixture-large dist-large && node scripts/serve.mjs --dir .search-fixture-large --port ${port - 3}`,
      url: `http://127.0.0.1:${port - 3}${basePath.endsWith('/') ? basePath : `${basePath}/`}`,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `node scripts/serve.mjs --dir dist-kiosk --kiosk --port ${port - 2}`,
      url: `http://127.0.0.1:${port - 2}${basePath.endsWith('/') ? basePath : `${basePath}/`}kiosk/`,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
