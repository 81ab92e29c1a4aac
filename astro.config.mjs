// @ts-check
import { defineConfig, envField } from 'astro/config';
import mdx from '@astrojs/mdx';
import { resolveDeployment } from './src/config/deployment.ts';
import { readingBootHash } from './src/config/reading-boot.ts';
import siteBuild from './src/integration/index.ts';

const { site, base } = resolveDeployment(process.env);

// KIOSK=true builds the touch-screen variant into dist-kiosk/ (npm run build:kiosk, which
// is `astro build --kiosk`: scripts/astro.mjs turns the flag into this variable).
const kiosk = process.env['KIOSK'] === 'true';

// The reading-settings boot script runs inline in <head> so larger text applies before the
// first paint (src/config/reading-boot.ts). Inline scripts are blocked by the CSP unless
// their hash is listed.

export default defineConfig({
  site,
  base,
  outDir: kiosk ? './dist-kiosk' : './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), siteBuild({ kiosk })],
  // Shiki writes inline styles that the CSP blocks, and our articles have no code to highlight.
  markdown: { syntaxHighlight: false },
  env: {
    schema: {
      SITE_NAME: envField.string({ context: 'client', access: 'public', default: '快递面单防骗课堂' }),
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
  // Phones open the site inside WeChat and other apps whose browsers can be years old:
  // compile for Chrome 87 and Safari 14 (iOS WKWebView) and up.
  vite: { build: { target: ['chrome87', 'safari14'], cssTarget: ['chrome87', 'safari14'] } },
  devToolbar: { enabled: false },
});
