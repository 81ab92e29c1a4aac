import { parseSettings, READING_KEY, settingsAttributes } from '../../lib/reading-settings.ts';

/**
 * Applies the stored reading settings before the first paint, so larger text or high
 * contrast never flashes in late. astro.config.mjs bundles this file into a tiny inline
 * script (and hashes it for the CSP), from the same code the settings panel uses.
 */
const html = document.documentElement;
html.classList.add('js');
let stored: string | null = null;
try {
  stored = localStorage.getItem(READING_KEY);
} catch {
  // Storage refused (private mode): the defaults apply.
}
const systemMoreContrast = typeof matchMedia === 'function' && matchMedia('(prefers-contrast: more)').matches;
const attributes = settingsAttributes(parseSettings(stored), systemMoreContrast);
// A plain loop: esbuild will not lower destructuring for Safari 14, and this runs everywhere.
for (const name of Object.keys(attributes) as (keyof typeof attributes)[]) {
  const value = attributes[name];
  if (value !== null) html.setAttribute(name, value);
}
