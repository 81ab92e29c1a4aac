import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, isLocalSite, normaliseBasePath, normaliseSiteUrl, resolveDeployment } from '../../src/config/deployment.ts';

describe('deployment config', () => {
  it('knows a build left at the default address, whose QR codes lead to this computer', () => {
    expect(isLocalSite(undefined)).toBe(true);
    expect(isLocalSite(DEFAULT_SITE_URL)).toBe(true);
    expect(isLocalSite(new URL(`${DEFAULT_SITE_URL}/`))).toBe(true);
    expect(isLocalSite('https://fangpian.example.org')).toBe(false);
    expect(isLocalSite('http://localhost:8080')).toBe(false);
  });

  it('defaults to the domain root on localhost', () => {
    expect(resolveDeployment({})).toEqual({ site: DEFAULT_SITE_URL, base: '/' });
  });

  it.each([
    ['fangpian', '/fangpian/'],
    ['/fangpian', '/fangpian/'],
    ['/fangpian/', '/fangpian/'],
    ['//a/b//', '/a/b/'],
    ['  ', '/'],
  ])('normalises BASE_PATH %j to %j', (raw, expected) => {
    expect(normaliseBasePath(raw)).toBe(expected);
  });

  it.each(['/a/../b', '/有中文/', '/a b/', '/a?b'])('rejects the unusable BASE_PATH %j with an example', (raw) => {
    expect(() => normaliseBasePath(raw)).toThrow(/BASE_PATH=\/fangpian\//);
  });

  it('keeps only the origin of SITE_URL and rejects paths, so the sub-path lives in one place', () => {
    expect(normaliseSiteUrl('https://example.org/')).toBe('https://example.org');
    expect(() => normaliseSiteUrl('https://example.org/fangpian/')).toThrow(/BASE_PATH/);
    expect(() => normaliseSiteUrl('example.org')).toThrow(/absolute URL/);
    expect(() => normaliseSiteUrl('ftp://example.org')).toThrow(/http/);
  });
});
