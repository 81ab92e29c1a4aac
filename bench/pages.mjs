// Page weight benchmark: what each kind of page costs on a first visit, read straight
// from the built files (no browser), so the numbers are exact and repeatable.
// First visit = the HTML (inline <style>/<script> included) + its stylesheets + the
// module scripts and every chunk they statically import. Chunks behind a dynamic
// import() load only on interaction and are counted separately as "on demand".
// Images, icons, fonts and the web manifest are not counted.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pageAssets } from '../scripts/page-assets.mjs';
import { kb } from './lib.mjs';

// Paths are relative to the base path. Optional pages are reported as "not built"
// until the features that produce them exist.
export const PAGE_TYPES = [
  { name: 'home', path: '' },
  { name: 'article', path: 'articles/yiwu-case/' },
  { name: 'quiz', path: 'quiz/' },
  { name: 'waybill tool', path: 'tools/waybill/' },
  { name: 'search', path: 'search/' },
  { name: 'WeChat export', path: 'wechat/', optional: true },
  { name: 'kiosk home', path: 'kiosk/', optional: true },
];

export function benchPages({ dist = 'dist', base = '/', pages = PAGE_TYPES } = {}) {
  const results = pages.map(({ name, path, optional = false }) => {
    const file = join(dist, path, 'index.html');
    if (!existsSync(file)) return { name, path: `${base}${path}`, optional, built: false };
    // The same measurement the byte-budget tests use (scripts/page-assets.mjs).
    const assets = pageAssets(dist, file, base);
    const sum = (list, key) => list.reduce((total, item) => total + item[key], 0);
    const group = (list) => ({ files: list, raw: sum(list, 'raw'), gzip: sum(list, 'gzip') });
    return {
      name,
      path: `${base}${path}`,
      optional,
      built: true,
      html: assets.html,
      css: group(assets.css),
      js: group(assets.js),
      jsOnDemand: group(assets.onDemand),
      firstVisit: { requests: assets.totals.requests, raw: assets.totals.firstVisitRaw, gzip: assets.totals.firstVisitGzip },
    };
  });
  return { dist, base, pages: results };
}

export function printPages(result) {
  const both = (group) => `${kb(group.raw)} / ${kb(group.gzip)}`;
  console.log('\nPage weight (raw / gzip -9, each file compressed on its own)');
  const rows = {};
  for (const page of result.pages) {
    if (!page.built) {
      rows[`${page.name} ${page.path}`] = { HTML: 'not built' };
      continue;
    }
    rows[`${page.name} ${page.path}`] = {
      HTML: both(page.html),
      'inline style + script': kb(page.html.inlineStyle + page.html.inlineScript),
      CSS: `${both(page.css)} (${page.css.files.length})`,
      'JS first visit': `${both(page.js)} (${page.js.files.length})`,
      'first visit total': `${both(page.firstVisit)} (${page.firstVisit.requests} req)`,
      'JS on demand': page.jsOnDemand.files.length > 0 ? `${both(page.jsOnDemand)} (${page.jsOnDemand.files.length})` : '–',
    };
  }
  console.table(rows);
  console.log(
    'First visit = HTML (inline <style>/<script> included) + stylesheets + module scripts and their static imports.\n' +
      'Not counted: images, icons, fonts, the web manifest. "On demand" chunks load on a click (search dialog, quiz card);\n' +
      '(n) = number of files.',
  );
  console.log('Pagefind (search) loads at run time and is measured in the Search table.');
}
