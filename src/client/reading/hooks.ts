import { defineHooks } from '../hooks.ts';

/** The read-aloud control's contract (ReadAloud.astro and ./read-aloud.ts): what it reads, its buttons and its status line. */
export const readAloudHooks = defineHooks('read-aloud', ['target', 'action', 'read-status'] as const);

/** The reading settings' contract (ReadingSettings.astro and ./settings.ts). */
export const readingSettingsHooks = defineHooks('reading-settings', ['reading-toggle', 'reading-panel', 'reading-size', 'reading-contrast', 'reading-spacing', 'reading-reset'] as const);
