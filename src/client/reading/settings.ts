import { defineIsland } from '../island.ts';
import { readingSettingsHooks as hooks } from './hooks.ts';
import { DEFAULT_SETTINGS, parseSettings, READING_KEY, settingsAttributes, type ReadingSettings } from '../../lib/reading-settings.ts';

/** The reading-settings panel: every change is applied at once and remembered on this device. */
function mount(root: HTMLElement): void {
  const html = document.documentElement;
  const toggle = hooks.find<HTMLButtonElement>(root, 'reading-toggle');
  const panel = hooks.find(root, 'reading-panel');
  const contrast = hooks.find<HTMLInputElement>(root, 'reading-contrast');
  const spacing = hooks.find<HTMLInputElement>(root, 'reading-spacing');
  const sizes = hooks.findAll<HTMLInputElement>(root, 'reading-size');
  const systemContrast = window.matchMedia('(prefers-contrast: more)');
  let settings: ReadingSettings = DEFAULT_SETTINGS;
  try {
    settings = parseSettings(localStorage.getItem(READING_KEY));
  } catch {
    // Storage refused (private mode): settings still apply for this page.
  }

  // Only a reader's own change is stored: visiting a page writes nothing.
  const apply = (save: boolean) => {
    for (const [name, value] of Object.entries(settingsAttributes(settings, systemContrast.matches))) {
      if (value === null) html.removeAttribute(name);
      else html.setAttribute(name, value);
    }
    for (const input of sizes) input.checked = input.value === settings.size;
    contrast.checked = html.getAttribute('data-contrast') === 'high';
    spacing.checked = settings.spacing === 'wide';
    if (!save) return;
    try {
      localStorage.setItem(READING_KEY, JSON.stringify(settings));
    } catch {
      // As above.
    }
  };

  root.hidden = false;
  apply(false);
  // "auto" follows the system setting, also when it changes while the page is open.
  systemContrast.addEventListener('change', () => apply(false));
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    panel.hidden = !open;
  });
  panel.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    toggle.setAttribute('aria-expanded', 'false');
    panel.hidden = true;
    toggle.focus();
  });
  panel.addEventListener('change', () => {
    const size = sizes.find((input) => input.checked)?.value;
    settings = {
      size: size === 'large' || size === 'xlarge' ? size : 'standard',
      contrast: contrast.checked ? 'high' : systemContrast.matches ? 'standard' : 'auto',
      spacing: spacing.checked ? 'wide' : 'standard',
    };
    apply(true);
  });
  hooks.find(root, 'reading-reset').addEventListener('click', () => {
    settings = DEFAULT_SETTINGS;
    apply(true);
  });
}

/** <reading-settings>: the element ReadingSettings.astro draws. */
defineIsland('reading-settings', mount);
