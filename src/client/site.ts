/**
 * What every page of the site runs, in one file the page names in its HTML: the header's
 * search button and reading settings, an article's read-aloud button, and the offline
 * support. Each part does nothing on a page without its markup.
 *
 * One file, not one per component: on a slow phone network every script the page asks for
 * before its first paint costs time, and so does a shared file found only inside another
 * script (src/integration/site-chunk.ts).
 */
import './search/trigger.ts';
import './reading/settings.ts';
import './reading/read-aloud.ts';
import './offline.ts';
