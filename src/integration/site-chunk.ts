import type { Plugin } from 'vite';
import type { Capabilities } from '../config/capabilities.ts';

/**
 * One script file for what every page's header and layout scripts share (the island and
 * hooks helpers, the search and reading hooks, the voice, the unsaved-work question, Vite's
 * preload helper). Left to itself the bundler gave each of these its own small file: an
 * article asked for 11 scripts, and Lighthouse's mobile simulation counts them all before
 * the first paint. Modules used by a single kind of page (the quiz, 查一查, the talk) still go
 * with that page's script.
 */
const SHARED_BY_EVERY_PAGE = /src[\\/]client[\\/]((island|hooks|unsaved-work)|(search|reading)[\\/](hooks|voice))\.ts$|preload-helper/;

/**
 * On the website that file is also the offline support's own script, which every page names in
 * its HTML (src/components/layout/OfflineSupport.astro). A shared file that only the page's
 * scripts import is found once they have loaded: on a slow phone network that is a round trip
 * more before the header's buttons work, and Lighthouse counts it before the first paint
 * (article FCP 1153 ms against Starlight's 1073, median of 5; with the shared file named in
 * the HTML, 1005 against 1068). The kiosk has no offline support (and must not register a
 * service worker), so there the file is only imported; its server is on the same machine.
 */
const OFFLINE_SUPPORT = /src[\\/]components[\\/]layout[\\/]OfflineSupport\.astro\?astro&type=script|src[\\/]client[\\/]offline\.ts$/;

export function siteChunk(can: Pick<Capabilities, 'offlineCopy'>): Plugin {
  const test = can.offlineCopy ? (id: string) => SHARED_BY_EVERY_PAGE.test(id) || OFFLINE_SUPPORT.test(id) : SHARED_BY_EVERY_PAGE;
  return {
    name: 'kuaidi-site-chunk',
    applyToEnvironment: (environment) => environment.name === 'client',
    outputOptions(output) {
      return { ...output, codeSplitting: { groups: [{ name: 'site', test }] } };
    },
  };
}
