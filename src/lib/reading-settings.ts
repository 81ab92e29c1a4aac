/**
 * Reading settings for older readers (适老化): text size, contrast and line spacing. They
 * are stored on the device only and applied as attributes on <html>, which the CSS in
 * src/styles/global.css reads. src/client/reading/boot.js applies the stored values before
 * the first paint (it must stay a tiny inline script; astro.config.mjs hashes it for the
 * CSP), and must agree with the key and values here.
 */
export const READING_KEY = 'fangpian-reading';

export const TEXT_SIZES = ['standard', 'large', 'xlarge'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export interface ReadingSettings {
  size: TextSize;
  /** "auto" follows the system's prefers-contrast; "high" and "standard" override it. */
  contrast: 'auto' | 'high' | 'standard';
  spacing: 'standard' | 'wide';
}

export const DEFAULT_SETTINGS: ReadingSettings = { size: 'standard', contrast: 'auto', spacing: 'standard' };

export function parseSettings(raw: string | null): ReadingSettings {
  let value: Partial<Record<keyof ReadingSettings, unknown>> = {};
  try {
    value = raw ? (JSON.parse(raw) as typeof value) : {};
  } catch {
    value = {};
  }
  return {
    size: TEXT_SIZES.includes(value.size as TextSize) ? (value.size as TextSize) : DEFAULT_SETTINGS.size,
    contrast: value.contrast === 'high' || value.contrast === 'standard' ? value.contrast : 'auto',
    spacing: value.spacing === 'wide' ? 'wide' : 'standard',
  };
}

/** The attributes <html> carries for a set of settings; absent means the default. */
export function settingsAttributes(settings: ReadingSettings): Record<'data-text-size' | 'data-contrast' | 'data-spacing', string | null> {
  return {
    'data-text-size': settings.size === 'standard' ? null : settings.size,
    'data-contrast': settings.contrast === 'auto' ? null : settings.contrast,
    'data-spacing': settings.spacing === 'wide' ? 'wide' : null,
  };
}
