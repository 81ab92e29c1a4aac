import { readFileSync } from 'node:fs';
import { parse as parseHtml } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { DIST } from './built-site.ts';

/** The printables of the default edition, read from dist/ (the district edition's are checked in tests/build/). */
const sheetsOf = (page: string) => parseHtml(readFileSync(`${DIST}/${page}`, 'utf8')).querySelectorAll('.sheet');

describe('the printables', () => {
  it('the shops poster tells shops to print privacy waybills', () => {
    expect(sheetsOf('print/posters/shops/index.html')[0]!.text).toContain('隐私面单');
  });

  it('an edition that names no organisation prints no organisation block, and ten wallet cards a page', () => {
    for (const page of ['print/posters/shops/index.html', 'print/posters/scam/index.html', 'print/wallet-cards/index.html', 'print/articles/yiwu-case/index.html']) {
      expect(readFileSync(`${DIST}/${page}`, 'utf8'), page).not.toContain('data-organisation-block');
    }
    expect(sheetsOf('print/wallet-cards/index.html').map((sheet) => sheet.querySelectorAll('.card').length)).toEqual([10, 10]);
  });

});
