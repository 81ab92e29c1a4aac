/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

process.env['ASTRO_TELEMETRY_DISABLED'] = '1';

// getViteConfig gives tests the same Vite pipeline as the site, so the Container API can
// render .astro components. The dev toolbar is off so output carries no data-astro-source-*.
export default getViteConfig(
  {
    test: {
      environment: 'node',
      include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts', 'tests/dist/**/*.test.ts'],
      testTimeout: 20_000,
    },
  },
  { devToolbar: { enabled: false } },
);
