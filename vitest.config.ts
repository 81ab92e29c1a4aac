/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

process.env['ASTRO_TELEMETRY_DISABLED'] = '1';

// getViteConfig gives tests the same Vite pipeline as the site, so the Container API can
// render .astro components. The dev toolbar is off so output carries no data-astro-source-*.
// A bare `npx vitest` runs the fast unit tests (seconds, no build needed); the real builds
// (tests/build) and the checks on a built site (tests/dist) run with --dir, as npm test does.
export default getViteConfig(
  {
    test: {
      environment: 'node',
      dir: 'tests/unit',
      include: ['**/*.test.ts'],
      testTimeout: 20_000,
    },
  },
  { devToolbar: { enabled: false } },
);
