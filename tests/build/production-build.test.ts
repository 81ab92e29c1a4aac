import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { afterAll, describe, expect, it } from 'vitest';
import { contentWith, contentWithAll, contentWithOverlay } from './fixture-content.ts';
import { runBuild } from './run-build.ts';

// Both builds live in one file on purpose: Vitest runs files in parallel, and two Astro
// builds of one project at once would share its content cache.

const outDirs: string[] = [];
afterAll(() => outDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(dir, file));
}

/** The colour of one pixel of a PNG, as [r, g, b, a]: resvg draws the PNG into an SVG of its size and hands back the pixels. */
function pixelAt(png: Buffer, size: number, x: number, y: number): number[] {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${size}" height="${size}"><image width="${size}" height="${size}" xlink:href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  const { pixels } = new Resvg(svg).render();
  const at = (y * size + x) * 4;
  return [...pixels.subarray(at, at + 4)];
}

function failingBuild(badFile: string | string[], into: string) {
  const root = Array.isArray(badFile) ? contentWithAll(badFile, into) : contentWith(badFile, into);
  const result = runBuild({ CONTENT_ROOT: root });
  outDirs.push(result.outDir, root);
  expect(result.status, result.output).not.toBe(0);
  return result.output;
}

describe('the fixture content on its own', () => {
  it('builds, so each failure below is caused by its one bad file', { timeout: 180_000 }, () => {
    const { status, output, outDir } = runBuild({ CONTENT_ROOT: './tests/fixtures/minimal-content' });
    outDirs.push(outDir);
    expect(status, output).toBe(0);
    // No SITE_URL: the build warns that QR codes and printed materials lead to this computer.
    expect(output).toMatch(/SITE_URL is not set \(nor siteUrl in content\/edition\.yaml\), so QR codes, share links and printed materials will point at http:\/\/localhost:4321, this computer/);
    expect(readFileSync(join(outDir, 'print', 'index.html'), 'utf8')).toContain('data-local-site');
  });
});

describe('a build with bad content fails and says where and why', () => {
  it('article frontmatter: names the file and each wrong field', { timeout: 180_000 }, () => {
    const output = failingBuild('missing-description.mdx', 'articles');
    expect(output).toContain('missing-description.mdx');
    expect(output).toMatch(/description/);
    expect(output).toMatch(/category must be one of: case, waybill, tips, quiz, tool/);
  });

  it('article mentions a hotline it cites no source for: names the file, the word and the sources that back it', { timeout: 180_000 }, () => {
    const output = failingBuild('article-uncited-hotline.mdx', 'articles');
    expect(output).toMatch(/article-uncited-hotline\.mdx: the text mentions "110" but sources lists nothing that backs it\. Add one of: police-110/);
  });

  it('article links a glossary term that does not exist: names the term, the page and the fix', { timeout: 180_000 }, () => {
    const output = failingBuild('article-unknown-term.mdx', 'articles');
    expect(output).toContain('<Term>没有这个词</Term> on /articles/article-unknown-term/');
    expect(output).toContain('no such entry in content/glossary/glossary.yaml');
  });

  it('quiz answer out of range: names the file, the question and the range', { timeout: 180_000 }, () => {
    const output = failingBuild('quiz-out-of-range.yaml', 'quiz');
    expect(output).toContain('quiz-out-of-range.yaml');
    expect(output).toContain('answer-too-big');
    expect(output).toContain('answer 2 is out of range: it must be an option index from 0 to 1');
  });

  it('quiz ids used twice: names both files and the id', { timeout: 180_000 }, () => {
    const output = failingBuild('quiz-duplicate-id.yaml', 'quiz');
    expect(output).toMatch(/quiz-duplicate-id\.yaml: question id "example-question" is already used in .*example\.yaml/);
  });

  it('quiz explanation missing: names the file, the question and the field', { timeout: 180_000 }, () => {
    const output = failingBuild('quiz-no-explanation.yaml', 'quiz');
    expect(output).toContain('quiz-no-explanation.yaml');
    expect(output).toContain('no-explanation');
    expect(output).toMatch(/explanation/);
  });

  it('quiz "learn more" link to a missing heading: names the file, the question and the headings there', { timeout: 180_000 }, () => {
    const output = failingBuild('quiz-missing-heading.yaml', 'quiz');
    expect(output).toMatch(/quiz-missing-heading\.yaml: question "missing-heading": learnMore\.href .* heading that does not exist/);
    expect(output).toContain('#一个小标题');
  });
});

describe('a build whose words break the rules of every channel fails, naming each file and item', () => {
  it('uncited mentions in a quiz question, a glossary entry, a tip, a poster, a talk and a simulation; 12381 among numbers to call on a card and a slide; a hotline given a second name', { timeout: 180_000 }, () => {
    const root = contentWithOverlay('words');
    const result = runBuild({ CONTENT_ROOT: root });
    outDirs.push(result.outDir, root);
    expect(result.status, result.output).not.toBe(0);
    const output = result.output;
    expect(output).toMatch(/quiz\/uncited\.yaml: question "uncited-question": the text mentions "110" but sources lists nothing that backs it\. Add one of: police-110/);
    expect(output).toMatch(/quiz\/uncited\.yaml: question "uncited-question": "反诈专线" names a hotline in its own words\. "专线" belongs to the name of 96110 in content\/hotlines\/hotlines\.yaml \("反诈预警劝阻专线"\)/);
    expect(output).toMatch(/glossary\/glossary\.yaml: entry "uncited-term": the text mentions "110" but sources lists nothing/);
    expect(output).toMatch(/tips\/police-tips\.yaml: tip "uncited-tip": the text mentions "110" but sources lists nothing/);
    expect(output).toMatch(/print\/wallet-cards\.yaml: hotlines\.call lists "text-only" \(12381\), which content\/hotlines\/hotlines\.yaml marks callable: false \(只发短信，不用拨打\)\. Move it to hotlines\.know/);
    expect(output).toMatch(/talks\/misnamed\.yaml: slide 3: hotlines lists "text-only" \(12381\), which content\/hotlines\/hotlines\.yaml marks callable: false/);
    expect(output).toMatch(/talks\/misnamed\.yaml: "的预警短信" names a hotline in its own words\. "预警短信" belongs to the name of 12381/);
    expect(output).toMatch(/print\/scam-poster\.yaml: the text mentions "110" but sources lists nothing/);
    expect(output).toMatch(/talks\/misnamed\.yaml: the text mentions "110" but sources lists nothing/);
    expect(output).toMatch(/simulations\/uncited\.yaml: the text mentions "110" but sources lists nothing/);
    // The valid files next to them are not blamed.
    expect(output).not.toMatch(/example\.yaml: question|entry "test-term"|tip "test-tip"/);
  });

  it('a simulation sign written as an order: names the file, the step and how a sign reads', { timeout: 180_000 }, () => {
    const output = failingBuild('sim-sign-as-order.yaml', 'simulations');
    expect(output).toContain('sim-sign-as-order');
    expect(output).toMatch(/steps\.0\.choices\.0\.sign: sign names the move and what it means, joined by one full-width colon: "对方要你加微信办理赔：这是骗局信号"/);
  });
});

describe('an edition made with one file', () => {
  it('a district edition shows its own name, organisation, logo, colour, local number and contact, and never the default name', { timeout: 180_000 }, () => {
    const root = contentWithOverlay('edition-district', 'tests/fixtures');
    const { status, output, outDir } = runBuild({ CONTENT_ROOT: root });
    outDirs.push(outDir, root);
    expect(status, output).toBe(0);
    const read = (path: string) => readFileSync(join(outDir, path), 'utf8');
    const home = read('index.html');
    const article = read('articles/example/index.html');
    const factSheet = read('print/articles/example/index.html');
    const cards = read('print/wallet-cards/index.html');
    const about = read('about/index.html');
    for (const [page, html] of [['home', home], ['article', article], ['fact sheet', factSheet], ['about', about]] as const) {
      expect(html, page).toContain('青禾区反诈课堂');
    }
    for (const [page, html] of [['home', home], ['fact sheet', factSheet], ['wallet cards', cards], ['about', about]] as const) {
      expect(html, page).toContain('本版本由青禾区公安分局反诈中心（测试用）发布。');
      expect(html, page).toContain('青禾区反诈中心公众号（测试用）');
    }
    expect(home).toContain('qinghe-test-logo');
    // The local number joins every list of numbers, after the national ones.
    for (const [page, html] of [['home', home], ['fact sheet', factSheet], ['wallet cards', cards]] as const) {
      expect(html, page).toContain('057100000000');
      expect(html, page).toContain('青禾区反诈中心咨询电话');
    }
    // Every printable carries the organisation's block: its name, logo, where to get more copies and
    // where to send corrections; the local number is on each, in the sheet's list of numbers.
    // (The fixture has no article for the shops poster, so no shops poster.)
    for (const page of ['print/articles/example/index.html', 'print/posters/scam/index.html', 'print/wallet-cards/index.html']) {
      const html = read(page);
      const blocks = html.split('data-organisation-block').slice(1);
      expect(blocks.length, page).toBeGreaterThan(0);
      for (const block of blocks) {
        expect(block, page).toContain('本版本由青禾区公安分局反诈中心（测试用）发布。');
        expect(block, page).toContain('qinghe-test-logo');
        expect(block, page).toContain('要更多份：青禾区各派出所服务台免费领取（测试用）');
        expect(block, page).toContain('青禾区反诈中心公众号（测试用）');
      }
      expect(html.match(/data-hotline="057100000000"/g)?.length ?? 0, `${page}: the local number`).toBeGreaterThan(0);
    }
    // The cards leave room for the block: eight a page, the block under them on both sides.
    expect(cards.split('class="card card--front').length - 1).toBe(8);
    const homeMain = home.slice(home.indexOf('<main'));
    expect(homeMain.indexOf('057100000000')).toBeGreaterThan(homeMain.indexOf('>110<'));
    // The help line at the foot of every page names it too, by its name when it gives no `brief`.
    expect(/<p[^>]*data-hotline-help[^>]*>(.*?)<\/p>/.exec(article)?.[1]?.replace(/<[^>]+>/g, '')).toBe('已经被骗，马上报警：拨打 110。青禾区反诈中心咨询电话：拨打 057100000000。');
    // The WeChat paste credits the edition and its publisher, and carries the local number where the article lists numbers.
    const fragment = read('wechat-fragments/example.html');
    expect(fragment).toContain('本文来自青禾区反诈课堂（青禾区公安分局反诈中心（测试用）），欢迎转发。');
    // The colour and the address come from the edition file.
    const css = readdirSync(join(outDir, '_astro')).filter((file) => file.endsWith('.css')).map((file) => read(`_astro/${file}`)).join('');
    expect(css).toContain('--color-brand:#1a6b3c');
    expect(JSON.parse(read('manifest.webmanifest'))).toMatchObject({ name: '青禾区反诈课堂', short_name: '青禾反诈', theme_color: '#1a6b3c' });
    // The tab icon, the app icons and the share card are drawn from the edition's logo.
    expect(read('favicon.svg')).toContain('qinghe-test-logo');
    expect(read('favicon.svg')).not.toContain('#0b5cad');
    // The logo's green circle fills the icon above its tick (logo point 16,6 on a 52-of-64 tile).
    const icon = readFileSync(join(outDir, 'icons', 'icon-192.png'));
    expect(pixelAt(icon, 192, 96, Math.round(((6 + (6 * 52) / 32) / 64) * 192))).toEqual([0x1a, 0x6b, 0x3c, 255]);
    // The talk: the credit and the logo on the first and last slides, the local number after 110 on the slide of numbers.
    const slides = read('talk/district-talk/index.html').split('<section class="slide').slice(1);
    expect(slides).toHaveLength(5);
    for (const slide of [slides[0]!, slides[4]!]) {
      expect(slide).toContain('本版本由青禾区公安分局反诈中心（测试用）发布。');
      expect(slide).toContain('qinghe-test-logo');
    }
    expect(slides[1]).not.toContain('data-edition-credit');
    expect(slides[2]!.indexOf('057100000000')).toBeGreaterThan(slides[2]!.indexOf('>110<'));
    expect(home).toContain('https://qinghe.example.org/');
    expect(output).not.toContain('SITE_URL is not set');
    // The original's name appears once, in the attribution line on 关于本站, and nowhere else.
    expect(about).toContain('青禾区反诈课堂由本区编写。');
    const attribution = /<p[^>]*data-attribution[^>]*>([^<]*)<\/p>/.exec(about)?.[1] ?? '';
    expect(attribution).toContain('本版本改编自公益项目“快递面单防骗课堂”');
    const pages = htmlFiles(outDir);
    expect(pages.filter((file) => readFileSync(file, 'utf8').replace(attribution, '').includes('快递面单防骗课堂'))).toEqual([]);
    expect(about.split('快递面单防骗课堂').length - 1).toBe(1);
  });

  it('the district edition\'s kiosk build shows its name, publisher, logo and local number on the attract screen', { timeout: 180_000 }, () => {
    const root = contentWithOverlay('edition-district', 'tests/fixtures');
    const { status, output, outDir } = runBuild({ CONTENT_ROOT: root, KIOSK: 'true' });
    outDirs.push(outDir, root);
    expect(status, output).toBe(0);
    const attract = readFileSync(join(outDir, 'kiosk', 'index.html'), 'utf8');
    expect(/<h1[^>]*>([^<]*)<\/h1>/.exec(attract)?.[1]).toBe('青禾区反诈课堂');
    expect(/<title>([^<]*)<\/title>/.exec(attract)?.[1]).toContain('青禾区反诈课堂');
    expect(attract).toContain('本版本由青禾区公安分局反诈中心（测试用）发布。');
    expect(attract).toContain('qinghe-test-logo');
    expect(attract.indexOf('data-hotline="057100000000"')).toBeGreaterThan(attract.indexOf('data-hotline="110"'));
    expect(attract).not.toContain('快递面单防骗课堂');
  });

  it('npm run new writes an article, a talk and a local number that build without edits', { timeout: 180_000 }, () => {
    const root = contentWithOverlay('.', 'tests/fixtures/minimal-content');
    outDirs.push(root);
    for (const args of [['article', 'local-case'], ['talk', 'local-talk'], ['hotline', '057100000001']]) {
      const made = spawnSync(process.execPath, ['scripts/new.mjs', ...args], { env: { ...process.env, CONTENT_ROOT: root }, encoding: 'utf8' });
      expect(made.status, made.stderr).toBe(0);
    }
    // Twice is refused rather than overwriting the writer's work.
    expect(spawnSync(process.execPath, ['scripts/new.mjs', 'article', 'local-case'], { env: { ...process.env, CONTENT_ROOT: root }, encoding: 'utf8' }).stderr).toContain('already exists');
    const { status, output, outDir } = runBuild({ CONTENT_ROOT: root });
    outDirs.push(outDir);
    expect(status, output).toBe(0);
    expect(readFileSync(join(outDir, 'articles', 'local-case', 'index.html'), 'utf8')).toContain('在这里写文章标题');
    expect(readFileSync(join(outDir, 'talk', 'local-talk', 'index.html'), 'utf8')).toContain('在这里写讲座标题');
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain('057100000001');
  });

  it.each([
    ['edition-colour', /content\/edition\.yaml: colour #ffcc00 cannot carry text:[\s\S]*#ffffff text on #ffcc00 reaches 1\.51:1 in the light theme; it needs 4\.5:1/],
    ['edition-logo', /edition\.yaml is not a valid edition:\n  - logo: edition\/logo\.svg is not an SVG drawing/],
    ['edition-hotline', /edition\.yaml is not a valid edition:\n  - hotlines\.0\.name: /],
  ])('%s: a bad edition file fails the build, naming the field', { timeout: 180_000 }, (folder, message) => {
    const root = contentWithOverlay(folder);
    const result = runBuild({ CONTENT_ROOT: root });
    outDirs.push(result.outDir, root);
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toMatch(message);
  });
});

describe('a build whose search words name pages search cannot return fails', () => {
  it('names the file, each page and why', { timeout: 180_000 }, () => {
    const output = failingBuild('search/intents.yaml', '.');
    expect(output).toContain('content/search/intents.yaml names pages search cannot return');
    expect(output).toContain('/no-such-page/: no such page was built');
    expect(output).toContain('/about/: the page is not searchable');
    expect(output).not.toMatch(/\/quiz\/: /);
  });
});

describe('a build with broken 查一查 content fails, naming the file, the item and the fix', () => {
  it('a sign whose reason has neither a source nor advice: true', { timeout: 180_000 }, () => {
    const root = contentWithOverlay('check-basis');
    const result = runBuild({ CONTENT_ROOT: root });
    outDirs.push(result.outDir, root);
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toMatch(/check\/signs\.yaml/);
    expect(result.output).toMatch(/no-basis/);
    expect(result.output).toContain('or mark it as our own advice (`advice: true`)');
  });

  it('a lesson to a heading that does not exist, and a call answer naming a sign that does not exist', { timeout: 180_000 }, () => {
    const root = contentWithOverlay('check');
    const result = runBuild({ CONTENT_ROOT: root });
    outDirs.push(result.outDir, root);
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toMatch(/content\/check\/signs\.yaml: sign "lost-lesson": lesson \/articles\/example\/#no-such-heading points to a heading that does not exist on that page/);
    expect(result.output).toMatch(/content\/check\/call\.yaml: question "asked": answer "code" shows sign "no-such-sign", which is not in content\/check\/signs\.yaml/);
    // The valid sign beside them is not blamed.
    expect(result.output).not.toMatch(/sign "asks-code"/);
  });
});

describe('a build with broken call simulations fails, naming the file and the step of each problem', () => {
  it('unreachable step, path with no ending, choice into nothing, too small, link to nothing', { timeout: 180_000 }, () => {
    const output = failingBuild(['sim-unreachable.yaml', 'sim-no-ending.yaml', 'sim-missing-step.yaml', 'sim-too-small.yaml', 'sim-broken-link.yaml'], 'simulations');
    expect(output).toMatch(/sim-unreachable\.yaml: step "orphan": cannot be reached from the start \("s1"\)/);
    expect(output).toMatch(/sim-no-ending\.yaml: step "loop-a": no path from here reaches an ending/);
    expect(output).toMatch(/sim-no-ending\.yaml: step "loop-b": no path from here reaches an ending/);
    expect(output).toMatch(/sim-missing-step\.yaml: step "s4": choice 2 leads to "nowhere", which is not a step/);
    expect(output).toMatch(/sim-too-small\.yaml: has 3 steps; a scenario needs at least 8/);
    expect(output).toMatch(/sim-too-small\.yaml: has 2 endings; a scenario needs at least 3/);
    expect(output).toMatch(/sim-broken-link\.yaml: step "s2": choice 1: learn\.href \/articles\/example\/#没有这个标题 points to a heading that does not exist/);
    expect(output).toMatch(/sim-broken-link\.yaml: step "s2": choice 2: learn\.href \/glossary\/#no-such-term points to a heading that does not exist/);
    // The valid scenario in the same folder is not blamed.
    expect(output).not.toMatch(/example\.yaml: step/);
  });
});

describe('a build for a sub-path deployment', () => {
  const base = '/fangpian/';
  const site = 'https://example.org';

  it('keeps every internal link, asset and canonical URL under the base path', { timeout: 180_000 }, () => {
    const { status, output, outDir } = runBuild({ BASE_PATH: base, SITE_URL: site });
    outDirs.push(outDir);
    expect(status, output).toBe(0);

    const files = htmlFiles(outDir);
    expect(files.length).toBeGreaterThanOrEqual(8);
    const offenders: string[] = [];
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      for (const match of html.matchAll(/\s(?:href|src|action|content)="([^"]*)"/g)) {
        const value = match[1]!;
        const rootRelative = value.startsWith('/') && !value.startsWith('//');
        const sameSiteAbsolute = value.startsWith(site);
        if (rootRelative && !value.startsWith(base)) offenders.push(`${file}: ${value}`);
        if (sameSiteAbsolute && !value.startsWith(`${site}${base}`)) offenders.push(`${file}: ${value}`);
      }
    }
    expect(offenders).toEqual([]);

    const sitemap = readFileSync(join(outDir, 'sitemap.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThanOrEqual(8);
    expect(locs.every((loc) => loc.startsWith(`${site}${base}`))).toBe(true);
    expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${site}${base}sitemap.xml`);

    // With SITE_URL set there is nothing to warn about, in the log or on the printables.
    expect(output).not.toContain('SITE_URL is not set');
    expect(files.filter((file) => readFileSync(file, 'utf8').includes('data-local-site'))).toEqual([]);
  });
});
