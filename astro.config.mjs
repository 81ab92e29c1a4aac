// @ts-check
import { defineConfig, envField } from 'astro/config';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import mdx from '@astrojs/mdx';
import { resolveDeployment } from './src/config/deployment.ts';
import { edition } from './src/config/edition.ts';
import { BROWSER_TARGETS } from './src/config/browsers.ts';
import { readingBootHash } from './src/config/reading-boot.ts';
import siteBuild from './src/integration/index.ts';

const { site, base } = resolveDeployment(process.env, edition.siteUrl);

// KIOSK=true builds the touch-screen variant into dist-kiosk/ (npm run build:kiosk, which
// is `astro build --kiosk`: scripts/astro.mjs turns the flag into this variable).
const kiosk = process.env['KIOSK'] === 'true';

// Astro's content cache remembers where each file was read from, and it mixes up two
// content folders holding a file with the same text: a build from another folder (the
// build tests, the 150-article fixture, the benchmark) would leave the real build reading
// a copy. Each content folder therefore gets its own cache.
const contentRoot = process.env['CONTENT_ROOT'];
const cacheDir = contentRoot
  ? `./node_modules/.astro-content/${createHash('sha256').update(resolve(contentRoot)).digest('hex').slice(0, 12)}`
  : './node_modules/.astro';

// The reading-settings boot script runs inline in <head> so larger text applies before the
// first paint (src/config/reading-boot.ts). Inline scripts are blocked by the CSP unless
// their hash is listed.

export default defineConfig({
  site,
  base,
  outDir: kiosk ? './dist-kiosk' : './dist',
  cacheDir,
  trailingSlash: 'always',
  // One stylesheet for the whole site, linked from every page: the only render-blocking
  // request a page makes, fetched once and then cached for every later page, instead of
  // three or four per-component sheets plus inline <style> blocks that each page repeats.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Components' styles are scoped with a class, not a data attribute: in one site-wide
  // stylesheet, Chromium checks attribute selectors against every element, and the style
  // pass before the first paint took measurably longer on a slow phone (Lighthouse LCP).
  scopedStyleStrategy: 'class',
  integrations: [mdx(), siteBuild({ variant: kiosk ? 'kiosk' : 'website' })],
  // Shiki writes inline styles that the CSP blocks, and our articles have no code to highlight.
  markdown: { syntaxHighlight: false },
  env: {
    schema: {
      KIOSK: envField.boolean({ context: 'client', access: 'public', default: false }),
      /** Seconds without a touch before a kiosk asks "还在吗？" and then starts over. */
      KIOSK_IDLE_SECONDS: envField.number({ context: 'client', access: 'public', default: 90, int: true, gt: 10 }),
    },
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { hashes: [readingBootHash] },
    },
  },
  // Phones open the site inside WeChat and other apps whose browsers can be years old.
  vite: { build: { target: BROWSER_TARGETS, cssTarget: BROWSER_TARGETS, cssCodeSplit: false } },
  devToolbar: { enabled: false },
});
