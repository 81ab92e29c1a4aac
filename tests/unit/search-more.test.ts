import { describe, expect, it } from 'vitest';
import { joinFound, nextBatch, notShown, pageOf, poolSearches } from '../../src/lib/search/more.ts';
import { ask } from './search-ask.ts';

const found = (...ids: string[]) => ids.map((id) => ({ id }));
const ids = (results: readonly { id: string }[]) => results.map((result) => result.id);

describe('poolSearches', () => {
  it('asks for a single word once', () => {
    expect(poolSearches(ask('面单'))).toEqual(['面单']);
  });

  it('asks for the word as typed and in every known spelling, not only the usual one', () => {
    // The whole query is asked the usual way (退钱); pages that write 退款 need 退款 asked too.
    const query = ask('退款', { synonyms: new Map([['退款', ['退钱', '退款', '理赔']]]) });
    expect(query.pagefind.whole).toBe('退钱');
    expect(poolSearches(query)).toEqual(['退钱', '退款', '理赔']);
  });

  it('asks for each word of a question, the heaviest first, and leaves out words that say nothing', () => {
    const asked = poolSearches(ask('快递丢了怎么办', { questionWords: ['怎么办'] }));
    expect(asked[0]).toBe('快递丢了');
    expect(asked).toEqual(expect.arrayContaining(['快递', '递丢', '丢了']));
    expect(asked).not.toContain('怎么');
  });

  it('never asks more than it is allowed', () => {
    expect(poolSearches(ask('快递面单上的电话号码被人拿去打诈骗电话'), 5)).toHaveLength(5);
  });
});

describe('joinFound', () => {
  it('keeps each page once, in the order the searches were asked, without the pages already read', () => {
    const joined = joinFound([found('a', 'b', 'c'), undefined, found('c', 'd', 'a', 'e')], new Set(['b']));
    expect(ids(joined)).toEqual(['a', 'c', 'd', 'e']);
  });

  it('leaves nothing when every page found was read', () => {
    expect(joinFound([found('a', 'b')], new Set(['a', 'b']))).toEqual([]);
  });
});

describe('nextBatch', () => {
  it('takes the next pages in order and keeps the rest for later', () => {
    const { batch, rest } = nextBatch(['a', 'b', 'c', 'd', 'e'], 2);
    expect(batch).toEqual(['a', 'b']);
    expect(rest).toEqual(['c', 'd', 'e']);
  });

  it('reading batch after batch reaches every page exactly once', () => {
    const pages = Array.from({ length: 23 }, (_, i) => `p${i}`);
    const read: string[] = [];
    let waiting = pages;
    let clicks = 0;
    while (waiting.length > 0) {
      const next = nextBatch(waiting, 10);
      read.push(...next.batch);
      waiting = next.rest;
      clicks += 1;
    }
    expect(read).toEqual(pages);
    expect(clicks).toBe(3);
  });

  it('always moves on, even when asked for no pages', () => {
    expect(nextBatch(['a', 'b'], 0).batch).toEqual(['a']);
  });
});

describe('notShown', () => {
  it('drops a hit whose page is already shown, whichever section its link jumps to', () => {
    const hits = [{ url: '/a/#answer' }, { url: '/b/' }, { url: '/c/#x' }, { url: '/c/#y' }];
    expect(notShown(hits, new Set(['/a/'])).map((hit) => hit.url)).toEqual(['/b/', '/c/#x']);
  });

  it('reads the page of a link', () => {
    expect(pageOf('/articles/if-scammed/#报警')).toBe('/articles/if-scammed/');
    expect(pageOf('/quiz/')).toBe('/quiz/');
  });
});
