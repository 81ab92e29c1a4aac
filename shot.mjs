import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1080, height: 1920 }, hasTouch: true });
for (const p of process.argv.slice(2)) {
  await page.goto('http://localhost:4503/' + p);
  await page.screenshot({ path: `/tmp/k/${p.replace(/\//g, '_') || 'home'}.png`, fullPage: process.env.FULL === '1' });
}
await browser.close();
