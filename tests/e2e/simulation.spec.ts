import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { searchFor, searchPanel } from './search-helpers.ts';
import { BASE, DIST } from './site.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * A scenario as built: for each section, the links out of it. Read from dist/ so the tests
 * follow the content: a path to every ending is found here, then played in the browser.
 */
interface Built {
  id: string;
  start: string;
  links: Map<string, string[]>;
  endings: Map<string, string>;
  kinds: Map<string, string>;
}

const scenarios: Built[] = readdirSync(`${DIST}/simulate`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => {
    const root = parse(readFileSync(`${DIST}/simulate/${entry.name}/index.html`, 'utf8')).querySelector('call-simulation')!;
    const links = new Map<string, string[]>();
    const endings = new Map<string, string>();
    const kinds = new Map<string, string>();
    for (const section of root.querySelectorAll('.sim-section')) {
      const out = section.querySelectorAll('a[data-sim-choice], a[data-sim-continue]').map((a) => a.getAttribute('href')!.slice(1));
      links.set(section.id, out);
      const ending = section.getAttribute('data-sim-ending');
      if (ending) endings.set(section.id, ending);
      kinds.set(section.id, section.querySelector('.phone')?.getAttribute('class')?.match(/phone--([a-z-]+)/)?.[1] ?? (ending ? 'ending' : 'feedback'));
    }
    const data = JSON.parse(root.getAttribute('data-simulation-data')!) as { map: { start: string } };
    return { id: entry.name, start: data.map.start, links, endings, kinds };
  });

/** The shortest path of section ids from the start to `target` (both included). */
function pathTo(scenario: Built, target: string): string[] {
  const previous = new Map<string, string>();
  const queue = [scenario.start];
  const seen = new Set(queue);
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (id === target) break;
    for (const next of scenario.links.get(id) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        previous.set(next, id);
        queue.push(next);
      }
    }
  }
  const path = [target];
  while (path[0] !== scenario.start) path.unshift(previous.get(path[0]!)!);
  return path;
}

const visibleSections = (page: Page) => page.locator('call-simulation .sim-section:visible');

/** Presses Tab until `href` has the focus, then Enter: the keyboard alone, as a reader without a mouse. */
async function tabAndEnter(page: Page, href: string): Promise<void> {
  for (let presses = 0; presses < 80; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((wanted) => document.activeElement?.getAttribute('href') === wanted, href)) {
      await page.keyboard.press('Enter');
      return;
    }
  }
  throw new Error(`Tab never reached the link ${href}`);
}

test('there are at least four scenarios, each with every kind of ending; a 96110 call comes only after a scam, unannounced', () => {
  expect(scenarios.length).toBeGreaterThanOrEqual(4);
  for (const scenario of scenarios) expect([...new Set(scenario.endings.values())].sort()).toEqual(['lost', 'safe', 'stopped']);
  // The real warning call is practised as it happens: after the reader met a scammer, with
  // nothing on the list or the first screen saying which call is genuine.
  const callerOf = (id: string, html: string) => parse(html).querySelector(`#${id} .phone .from`)?.text.trim() ?? '';
  const withWarningCall = scenarios.filter((scenario) => {
    const html = readFileSync(`${DIST}/simulate/${scenario.id}/index.html`, 'utf8');
    return [...scenario.links.keys()].some((id) => callerOf(id, html).includes('96110'));
  });
  expect(withWarningCall.length).toBeGreaterThanOrEqual(1);
  for (const scenario of withWarningCall) {
    const html = readFileSync(`${DIST}/simulate/${scenario.id}/index.html`, 'utf8');
    expect(callerOf(scenario.start, html)).not.toContain('96110');
  }
  expect(readFileSync(`${DIST}/simulate/index.html`, 'utf8')).not.toMatch(/真的来电|真的96110/);
});

for (const scenario of scenarios) {
  test.describe(`scenario ${scenario.id}`, () => {
    const url = `${BASE}simulate/${scenario.id}/`;

    test('every ending is reached by tapping, one section at a time, with no network request', async ({ page }) => {
      await page.goto(url);
      await expect(page.locator('[data-sim-bar]')).toBeVisible();
      const requests: string[] = [];
      // Chromium itself asks for the tab's icon again when the address's anchor changes; that is not the page.
      page.on('request', (request) => {
        if (!request.url().endsWith('/favicon.svg')) requests.push(request.url());
      });
      for (const [ending, kind] of scenario.endings) {
        await page.locator('[data-sim-restart]').click();
        const path = pathTo(scenario, ending);
        for (const [index, id] of path.slice(0, -1).entries()) {
          await expect(visibleSections(page)).toHaveCount(1);
          await expect(page.locator(`#${id}`)).toBeVisible();
          await page.locator(`#${id} a[href="#${path[index + 1]}"]`).click();
        }
        await expect(page).toHaveURL(new RegExp(`#${ending}$`));
        await expect(page.locator(`[data-sim-ending="${kind}"]#${ending}`)).toBeVisible();
        await expect(visibleSections(page)).toHaveCount(1);
        // What the reader did shows beside the moments that decide this ending.
        await expect(page.locator(`#${ending} [data-sim-seen], #${ending} [data-sim-missed]`).locator('li:visible').first()).toBeVisible();
      }
      expect(requests).toEqual([]);
    });

    test('every ending is reached with the keyboard alone', async ({ page }) => {
      await page.goto(url);
      for (const [ending] of scenario.endings) {
        await page.goto(url);
        const path = pathTo(scenario, ending);
        for (const [index] of path.slice(0, -1).entries()) await tabAndEnter(page, `#${path[index + 1]}`);
        await expect(page.locator(`#${ending}`)).toBeVisible();
        await expect(page.locator(`#${ending}`)).toBeFocused();
      }
    });

    test('without JavaScript every ending is reached through the links', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(url);
      // Every section is on the page, one after another.
      await expect(visibleSections(page)).toHaveCount(scenario.links.size);
      for (const [ending, kind] of scenario.endings) {
        await page.goto(url);
        const path = pathTo(scenario, ending);
        for (const [index, id] of path.slice(0, -1).entries()) await page.locator(`#${id} a[href="#${path[index + 1]}"]`).click();
        await expect(page).toHaveURL(new RegExp(`#${ending}$`));
        expect(await page.evaluate(() => document.querySelector(':target')?.getAttribute('data-sim-ending'))).toBe(kind);
      }
      await context.close();
    });
  });
}

test('上一步 goes back one step, 从头再来 to the start, and the browser back button follows the anchors', async ({ page }) => {
  const scenario = scenarios.find((s) => s.id === 'lost-parcel') ?? scenarios[0]!;
  await page.goto(`${BASE}simulate/${scenario.id}/`);
  const first = scenario.start;
  const [choice] = scenario.links.get(first)!;
  const [next] = scenario.links.get(choice!)!;
  await page.locator(`#${first} a[href="#${choice}"]`).click();
  await expect(page.locator(`#${choice}`)).toBeVisible();
  await page.locator(`#${choice} a[href="#${next}"]`).click();
  await expect(page.locator(`#${next}`)).toBeVisible();
  await expect(page.locator('[data-sim-progress]')).toHaveText('第 2 步');
  await page.getByRole('button', { name: '上一步' }).click();
  await expect(page.locator(`#${first}`)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#${first}$`));
  await page.locator(`#${first} a[href="#${choice}"]`).click();
  await page.goBack();
  await expect(page.locator(`#${first}`)).toBeVisible();
  await page.goForward();
  await expect(page.locator(`#${choice}`)).toBeVisible();
  await page.getByRole('button', { name: '从头再来' }).click();
  await expect(page.locator(`#${first}`)).toBeVisible();
  await expect(page.locator('[data-sim-progress]')).toHaveText('第 1 步');
  // A linked step opens on that step.
  await page.goto(`${BASE}simulate/${scenario.id}/#${next}`);
  await expect(page.locator(`#${next}`)).toBeVisible();
  await expect(visibleSections(page)).toHaveCount(1);
});

test('feedback is announced to screen readers', async ({ page }) => {
  const scenario = scenarios[0]!;
  await page.goto(`${BASE}simulate/${scenario.id}/`);
  const [choice] = scenario.links.get(scenario.start)!;
  await page.locator(`#${scenario.start} a[href="#${choice}"]`).click();
  const announce = page.locator('[data-sim-announce]');
  await expect(announce).toHaveAttribute('aria-live', 'polite');
  await expect(announce).toHaveText(/这一步(有风险|做得对)。.+/);
  await expect(page.locator(`#${choice}`)).toBeFocused();
});

test('every kind of step passes axe in light and dark', async ({ page }) => {
  const seen = new Map<string, string>();
  for (const scenario of scenarios) {
    for (const [id, kind] of scenario.kinds) if (!seen.has(kind)) seen.set(kind, `${BASE}simulate/${scenario.id}/#${id}`);
  }
  expect([...seen.keys()].sort()).toEqual(expect.arrayContaining(['app', 'call', 'ending', 'feedback', 'payment', 'screen-share', 'sms', 'wechat']));
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const [kind, url] of seen) {
      await page.goto(url);
      await expect(visibleSections(page)).toHaveCount(1);
      const results = await new AxeBuilder({ page }).include('call-simulation').withTags(WCAG_TAGS).analyze();
      expect(results.violations.map((v) => `${colorScheme} ${kind}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  }
});

test('choices are large buttons, and the list marks the scenarios finished on this device only', async ({ page }) => {
  const scenario = scenarios[0]!;
  await page.goto(`${BASE}simulate/${scenario.id}/`);
  for (const choice of await page.locator(`#${scenario.start} [data-sim-choice]`).all()) {
    expect((await choice.boundingBox())!.height).toBeGreaterThanOrEqual(48);
  }
  const [ending] = [...scenario.endings.keys()];
  const path = pathTo(scenario, ending!);
  for (const [index, id] of path.slice(0, -1).entries()) await page.locator(`#${id} a[href="#${path[index + 1]}"]`).click();
  await page.goto(`${BASE}simulate/`);
  await expect(page.locator(`[data-simulation="${scenario.id}"] [data-finished-mark]`)).toBeVisible();
  const others = page.locator(`[data-simulation-list] [data-simulation]:not([data-simulation="${scenario.id}"]) [data-finished-mark]`);
  for (const mark of await others.all()) await expect(mark).toBeHidden();

  // A shared link straight to another scenario's ending shows it, but that scenario was not played.
  const other = scenarios[1]!;
  const [otherEnding] = [...other.endings.keys()];
  await page.goto(`${BASE}simulate/${other.id}/#${otherEnding}`);
  await expect(page.locator(`#${otherEnding}`)).toBeVisible();
  await page.goto(`${BASE}simulate/`);
  await expect(page.locator(`[data-simulation="${other.id}"] [data-finished-mark]`)).toBeHidden();
});

test('the scenarios are linked from home, the quiz result, articles and search', async ({ page }) => {
  await page.goto(BASE);
  await expect(page.locator(`a[href="${BASE}simulate/"]`).first()).toBeVisible();
  const quiz = readFileSync(`${DIST}/quiz/index.html`, 'utf8');
  expect(parse(quiz).querySelector('[data-screen="result"] [data-practise] a')?.getAttribute('href')).toBe(`${BASE}simulate/`);
  for (const article of ['yiwu-case', 'police-tips', 'if-scammed']) {
    expect(readFileSync(`${DIST}/articles/${article}/index.html`, 'utf8')).toMatch(new RegExp(`href="${BASE}simulate/[a-z0-9-]+/"`));
  }
  await page.goto(`${BASE}search/`);
  const results = await searchFor(searchPanel(page), '模拟来电');
  expect(results[0]).toMatch(new RegExp(`^${BASE}simulate/`));
});

test('the other side\'s lines are read aloud with the device\'s Chinese voice', async ({ page }) => {
  // Headless Chromium has no voices: a stand-in records what would be spoken.
  await page.addInitScript(() => {
    const spoken: string[] = [];
    (window as unknown as { spoken: string[] }).spoken = spoken;
    const voice = { lang: 'zh-CN', name: 'test', default: true, localService: true, voiceURI: 'test' };
    Object.defineProperty(window, 'speechSynthesis', {
      value: {
        getVoices: () => [voice],
        speak: (utterance: SpeechSynthesisUtterance) => spoken.push(utterance.text),
        cancel: () => undefined,
        pause: () => undefined,
        resume: () => undefined,
        addEventListener: () => undefined,
      },
    });
  });
  const scenario = scenarios[0]!;
  await page.goto(`${BASE}simulate/${scenario.id}/`);
  const step = page.locator(`#${scenario.start}`);
  await step.getByRole('button', { name: '读出对方的话' }).click();
  const lines = await step.locator('[data-sim-lines] .line').allTextContents();
  expect(lines.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken)).toEqual(lines);
});
