import { describe, expect, it } from 'vitest';

describe('runtime', () => {
  it('runs on the Node 24 that package.json pins, not the machine Node', () => {
    const major = Number(process.version.slice(1).split('.')[0]);
    expect(major).toBe(24);
  });
});
