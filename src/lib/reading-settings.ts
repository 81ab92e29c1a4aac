/**
 * Reading settings for older readers (适老化): text size, contrast and line spacing. They
 * are stored on the device only and applied as attributes on <html>, which the CSS in
 * src/styles/global.css reads. Both the inline script that applies them before the first
 * paint (src/client/reading/boot.ts) and the settings panel use these functions.
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

/** The stored settings, checked field by field: a field that does not fit takes its default, the others are kept; never throws. */
export function parseSettings(raw: string | null): ReadingSettings {
  let parsed: unknown = null;
  try {
    parsed = raw ? JSON.parse(raw) : null;
  } catch {
    // Not JSON: the defaults apply.
  }
  // "null", a number or a list parse too, but hold no settings.
  const value: Partial<Record<keyof ReadingSettings, unknown>> = typeof parsed === 'object' && parsed !== null ? parsed : {};
  return {
    size: TEXT_SIZES.includes(value.size as TextSize) ? (value.size as TextSize) : DEFAULT_SETTINGS.size,
    contrast: value.contrast === 'high' || value.contrast === 'standard' ? value.contrast : 'auto',
    spacing: value.spacing === 'wide' ? 'wide' : 'standard',
  };
}

/**
 * The attributes <html> carries for a set of settings; absent means the default. High
 * contrast is one switch, data-contrast="high": on when the reader chose it, or when they
 * left it on "auto" and the system asks for more contrast. The CSS has one high-contrast
 * palette (light and dark) behind that switch and nothing else.
 */
export function settingsAttributes(
  settings: ReadingSettings,
  systemMoreContrast: boolean,
): Record<'data-text-size' | 'data-contrast' | 'data-spacing', string | null> {
  const high = settings.contrast === 'high' || (settings.contrast === 'auto' && systemMoreContrast);
  return {
    'data-text-size': settings.size === 'standard' ? null : settings.size,
    'data-contrast': high ? 'high' : null,
    'data-spacing': settings.spacing === 'wide' ? 'wide' : null,
  };
}
