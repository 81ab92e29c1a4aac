import type { Plugin } from 'vite';

/**
 * Every page names one script for what the whole site does (src/client/site.ts, from
 * src/layouts/BaseLayout.astro). What the other scripts share with it (the island and hooks
 * helpers, the search and reading hooks, the voice, the unsaved-work question, Vite's
 * preload helper) goes into that same file, so a page asks for no file that it finds only
 * inside another script. Left to itself the bundler gave each shared module its own small
 * file: an article asked for 11 scripts, 7 of them a round trip later (on a slow phone
 * network, a round trip more before the header's buttons work; Lighthouse's mobile simulation
 * counts every one before the first paint). Modules used by a single kind of page (the quiz,
 * 查一查, the talk) still go with that page's script.
 */
const SITE_SCRIPT = /src[\\/]layouts[\\/]BaseLayout\.astro\?astro&type=script/;
const SHARED_BY_EVERY_PAGE = /src[\\/]client[\\/]((site|island|hooks|unsaved-work|offline)|(search|reading)[\\/](hooks|voice))\.ts$|preload-helper/;

export function siteChunk(): Plugin {
  return {
    name: 'kuaidi-site-chunk',
    applyToEnvironment: (environment) => environment.name === 'client',
    outputOptions(output) {
      const test = (id: string) => SITE_SCRIPT.test(id) || SHARED_BY_EVERY_PAGE.test(id);
      return { ...output, codeSplitting: { groups: [{ name: 'site', test }] } };
    },
  };
}
