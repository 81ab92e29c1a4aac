import { defineHooks, defineIslandData } from '../hooks.ts';
import type { ResultText } from './view.ts';

/**
 * Search's markup–script contract: the hooks SearchTrigger.astro, SearchDialog.astro,
 * SearchPanel.astro and the /search/ page draw (or ./view.ts draws for each result), which
 * the search islands find.
 */
export const searchHooks = defineHooks('search-panel', [
  'search-trigger',
  'search-dialog',
  'search-close',
  'search-page',
  'search-status',
  'search-results',
  'search-empty',
  'search-more',
  'search-more-left',
  'search-more-button',
  'suggestions',
  'suggestion',
  'result',
  'result-section',
  'result-here',
  'search-check',
  'search-check-run',
] as const);

/**
 * What the build hands the panel: the site's base path and the few sentences the panel
 * shows (from src/i18n/ui.ts), so the search code does not download the site's whole
 * table of sentences. The word lists come with the index (search/words.json).
 */
export interface PanelData {
  base: string;
  /** Where 查一查 lives (with the base path): a pasted message is handed there. */
  checkPage: string;
  /** On a touch screen with no keyboard (the kiosk) the questions are the only way in: they stay on screen beside the results. */
  questionsOnly: boolean;
  text: ResultText & { loading: string; found: string; none: string; failed: string; moreLeft: string; moreNone: string; moreFailed: string };
}

export const panelData = defineIslandData<PanelData>('search');
