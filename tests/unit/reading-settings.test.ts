import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { readingBootScript } from '../../src/config/reading-boot.ts';
import { DEFAULT_SETTINGS, parseSettings, READING_KEY, settingsAttributes } from '../../src/lib/reading-settings.ts';

describe('reading settings', () => {
  it('reads what was saved and ignores anything odd', () => {
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('not json')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('{"size":"huge","contrast":"pink","spacing":1}')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('{"size":"xlarge","contrast":"high","spacing":"wide"}')).toEqual({ size: 'xlarge', contrast: 'high', spacing: 'wide' });
  });

  it('never throws on a stored value that parses to something other than settings, and keeps each field that fits', () => {
    for (const raw of ['null', '0', '"large"', '[]', 'true', '{"size":null}']) expect(parseSettings(raw), raw).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('{"size":"large","contrast":7}')).toEqual({ ...DEFAULT_SETTINGS, size: 'large' });
  });

  it('maps settings to <html> attributes, leaving defaults off', () => {
    expect(settingsAttributes(DEFAULT_SETTINGS, false)).toEqual({ 'data-text-size': null, 'data-contrast': null, 'data-spacing': null });
    expect(settingsAttributes({ size: 'large', contrast: 'standard', spacing: 'wide' }, false)).toEqual({
      'data-text-size': 'large',
      'data-contrast': null,
      'data-spacing': 'wide',
    });
  });

  it('has one high-contrast switch: the reader\'s choice, or the system\'s when left on auto', () => {
    const contrast = (choice: 'auto' | 'high' | 'standard', system: boolean) =>
      settingsAttributes({ ...DEFAULT_SETTINGS, contrast: choice }, system)['data-contrast'];
    expect([contrast('auto', false), contrast('auto', true)]).toEqual([null, 'high']);
    expect([contrast('high', false), contrast('high', true)]).toEqual(['high', 'high']);
    expect([contrast('standard', false), contrast('standard', true)]).toEqual([null, null]);
  });
});

describe('the inline boot script, built from the same code', () => {
  /** Runs the script as a page's <head> would, with a stored value and a system setting. */
  function boot(stored: string | null, systemMoreContrast: boolean, storage = true) {
    const attributes: Record<string, string> = {};
    const classes: string[] = [];
    runInNewContext(readingBootScript, {
      document: { documentElement: { classList: { add: (name: string) => classes.push(name) }, setAttribute: (k: string, v: string) => (attributes[k] = v) } },
      localStorage: {
        getItem: (key: string) => {
          if (!storage) throw new Error('SecurityError');
          return key === READING_KEY ? stored : null;
        },
      },
      matchMedia: (query: string) => ({ matches: query === '(prefers-contrast: more)' && systemMoreContrast }),
    });
    return { attributes, classes };
  }

  it('is small enough to inline in every page', () => expect(readingBootScript.length).toBeLessThan(1200));

  it('marks the page as scripted and applies the stored settings', () => {
    expect(boot(null, false)).toEqual({ attributes: {}, classes: ['js'] });
    expect(boot('{"size":"xlarge","contrast":"high","spacing":"wide"}', false).attributes).toEqual({
      'data-text-size': 'xlarge',
      'data-contrast': 'high',
      'data-spacing': 'wide',
    });
  });

  it('turns high contrast on for the system setting unless the reader chose standard', () => {
    expect(boot(null, true).attributes).toEqual({ 'data-contrast': 'high' });
    expect(boot('{"contrast":"standard"}', true).attributes).toEqual({});
  });

  it('still runs on a stored "null" (as a storage cleaner leaves it)', () => {
    expect(boot('null', false)).toEqual({ attributes: {}, classes: ['js'] });
  });

  it('still runs when storage is refused', () => {
    expect(boot(null, true, false)).toEqual({ attributes: { 'data-contrast': 'high' }, classes: ['js'] });
  });
});
