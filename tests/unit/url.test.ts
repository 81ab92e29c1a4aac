import { describe, expect, it } from 'vitest';
import { articlePath, joinBase } from '../../src/lib/url.ts';

describe('joinBase', () => {
  it('prefixes site paths with the base', () => {
    expect(joinBase('/', '/articles/')).toBe('/articles/');
    expect(joinBase('/fangpian/', '/articles/yiwu-case/')).toBe('/fangpian/articles/yiwu-case/');
    expect(joinBase('/fangpian', 'about/')).toBe('/fangpian/about/');
  });

  it('does not prefix twice', () => {
    expect(joinBase('/fangpian/', '/fangpian/about/')).toBe('/fangpian/about/');
  });

  it('leaves external, tel: and fragment links alone', () => {
    expect(joinBase('/fangpian/', 'https://example.org/')).toBe('https://example.org/');
    expect(joinBase('/fangpian/', 'tel:110')).toBe('tel:110');
    expect(joinBase('/fangpian/', '#sources')).toBe('#sources');
    expect(joinBase('/fangpian/', '//cdn.example/x.js')).toBe('//cdn.example/x.js');
  });

  it('builds article paths from ids', () => {
    expect(articlePath('yiwu-case')).toBe('/articles/yiwu-case/');
  });
});

describe('pagePath', () => {
  it('gives a page its site path from the URL it is rendered at', async () => {
    const { pagePath } = await import('../../src/lib/url.ts');
    expect(pagePath('/about/', '/')).toBe('/about/');
    expect(pagePath('/', '/')).toBe('/');
    expect(pagePath('/fangpian/articles/yiwu-case/', '/fangpian/')).toBe('/articles/yiwu-case/');
    expect(pagePath('/fangpian/', '/fangpian')).toBe('/');
    expect(pagePath('/404', '/')).toBe('/404/');
    expect(pagePath('/fangpian/404.html', '/fangpian/')).toBe('/404/');
  });
});
