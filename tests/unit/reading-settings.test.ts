import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings, READING_KEY, settingsAttributes } from '../../src/lib/reading-settings.ts';

describe('reading settings', () => {
  it('reads what was saved and ignores anything odd', () => {
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('not json')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('{"size":"huge","contrast":"pink","spacing":1}')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('{"size":"xlarge","contrast":"high","spacing":"wide"}')).toEqual({ size: 'xlarge', contrast: 'high', spacing: 'wide' });
  });

  it('maps settings to <html> attributes, leaving defaults off', () => {
    expect(settingsAttributes(DEFAULT_SETTINGS)).toEqual({ 'data-text-size': null, 'data-contrast': null, 'data-spacing': null });
    expect(settingsAttributes({ size: 'large', contrast: 'standard', spacing: 'wide' })).toEqual({
      'data-text-size': 'large',
      'data-contrast': 'standard',
      'data-spacing': 'wide',
    });
  });

  it('agrees with the inline boot script on the storage key and values', () => {
    const boot = readFileSync('src/client/reading/boot.js', 'utf8');
    expect(boot).toContain(`"${READING_KEY}"`);
    for (const value of ['large', 'xlarge', 'high', 'standard', 'wide']) expect(boot).toContain(`"${value}"`);
  });
});
