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

  it('a page may end with the module scripts Astro puts after </html>, and a page cut off inside them does not pass', () => {
    const page = '<!DOCTYPE html><html><body><main>…</main></body></html><script type="module" src="/_astro/page.D7L.js"></script>';
    expect(endsLikeAPage(page)).toBe(true);
    expect(endsLikeAPage(`${page}<script type="module" src="/_astro/b.js"></script>\n`)).toBe(true);
    expect(endsLikeAPage(page.slice(0, -12))).toBe(false);
    expect(endsLikeAPage('<!DOCTYPE html><html><body><main>…</main></body><script type="module" src="/_astro/page.js"></script>')).toBe(false);
  });
});
