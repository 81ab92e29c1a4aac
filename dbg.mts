import { chromium } from '@playwright/test';
import { kioskTargetProblems } from './tests/e2e/kiosk-targets.ts';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1080, height: 1920 }, hasTouch: true });
for (const p of process.argv.slice(2)) {
  await page.goto('http://localhost:4503/' + p);
  const problems = await kioskTargetProblems(page);
  console.log(`== ${p} (${problems.length})`);
  for (const x of problems.slice(0, 12)) console.log('  ', x.what, '—', x.problem);
}
await browser.close();
