import { describe, expect, it } from 'vitest';
import { citationProblems, containsMention, uncitedMentions } from '../../src/lib/sources/citations.ts';

const catalogue = [
  { id: 'police-110', mentions: ['110', '紧急止付'] },
  { id: 'hotline-96110', mentions: ['96110'] },
  { id: 'jsbc-96110', mentions: ['96110', '区号+96110'] },
  { id: 'pipl', mentions: ['个人信息保护法'] },
];

describe('containsMention', () => {
  it('finds a number only as a whole number', () => {
    expect(containsMention('马上拨打110报警', '110')).toBe(true);
    expect(containsMention('拨打96110咨询', '110')).toBe(false);
    expect(containsMention('1100元', '110')).toBe(false);
    expect(containsMention('96110、110都要记住', '110')).toBe(true);
  });
  it('finds Chinese words anywhere', () => {
    expect(containsMention('按《个人信息保护法》第十条', '个人信息保护法')).toBe(true);
  });
});

describe('uncitedMentions', () => {
  it('is satisfied by any source that backs the mention', () => {
    expect(uncitedMentions('打96110问一问', ['jsbc-96110'], catalogue)).toEqual([]);
    expect(uncitedMentions('打96110问一问', ['hotline-96110'], catalogue)).toEqual([]);
  });
  it('names every source that would back an uncited mention', () => {
    expect(uncitedMentions('打96110问一问', ['pipl'], catalogue)).toEqual([
      { mention: '96110', candidates: ['hotline-96110', 'jsbc-96110'] },
    ]);
  });
});

describe('citationProblems', () => {
  it('reports unknown, repeated and missing sources with the file and the fix', () => {
    const problems = citationProblems(
      {
        file: 'content/articles/x.mdx',
        text: '被骗了马上打110，警方可以申请紧急止付。',
        cited: ['pipl', 'nope', 'pipl'],
        required: ['hotline-96110'],
      },
      catalogue,
    );
    expect(problems).toHaveLength(5);
    expect(problems[0]).toContain('"nope", which is not in content/sources/sources.yaml');
    expect(problems[1]).toContain('"pipl" twice');
    expect(problems[2]).toContain('relies on source "hotline-96110"');
    expect(problems[3]).toContain('mentions "110"');
    expect(problems[3]).toContain('police-110');
    expect(problems[4]).toContain('mentions "紧急止付"');
  });
  it('passes an article that cites what it says', () => {
    expect(
      citationProblems({ file: 'a', text: '打110，或者96110。', cited: ['police-110', 'hotline-96110'], required: [] }, catalogue),
    ).toEqual([]);
  });
});
