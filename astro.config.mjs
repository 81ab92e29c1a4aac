// @ts-check
import { defineConfig, envField } from 'astro/config';
import mdx from '@astrojs/mdx';
import { resolveDeployment } from './src/config/deployment.ts';

const { site, base } = resolveDeployment(process.env);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
  // Shiki writes inline styles that the CSP blocks, and our articles have no code to highlight.
  markdown: { syntaxHighlight: false },
  env: {
    schema: {
      SITE_NAME: envField.string({ context: 'client', access: 'public', default: '快递面单防骗课堂' }),
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
    },
  },
  devToolbar: { enabled: false },
});
