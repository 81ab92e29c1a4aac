import { describe, expect, it } from 'vitest';
import { endsLikeAPage, hasPromisedLength } from '../../src/lib/offline/whole-response.ts';

describe('a response kept for offline use arrived whole', () => {
  it('when its length matches the Content-Length sent', () => {
    expect(hasPromisedLength(1200, '1200', null)).toBe(true);
    expect(hasPromisedLength(600, '1200', null)).toBe(false);
    expect(hasPromisedLength(600, '1200', 'identity')).toBe(false);
  });

  it('when no length was promised, or a compressed one that cannot be compared', () => {
    expect(hasPromisedLength(600, null, null)).toBe(true);
    expect(hasPromisedLength(600, '200', 'gzip')).toBe(true);
  });

  it('a page ends with </html>', () => {
    expect(endsLikeAPage('<!DOCTYPE html><html><body><main>…</main></body></html>\n')).toBe(true);
    expect(endsLikeAPage('<!DOCTYPE html><html><body><main>…</ma')).toBe(false);
    expect(endsLikeAPage('')).toBe(false);
  });
});
