import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { hotlineNameProblems, misnamedHotlines, type NamedHotline } from '../../src/lib/sources/hotline-names.ts';

const hotlines: NamedHotline[] = [
  { number: '96110', name: '反诈预警劝阻专线', reservedWords: ['专线'] },
  { number: '12381', name: '反诈预警短信', reservedWords: ['预警短信'] },
];

describe('misnamedHotlines', () => {
  it('accepts the name as the data writes it, wherever it stands', () => {
    expect(misnamedHotlines('96110是全国统一的反诈预警劝阻专线，会主动打来。', hotlines)).toEqual([]);
    expect(misnamedHotlines('收到反诈预警短信，就停下转账。', hotlines)).toEqual([]);
  });

  it('finds a second name for the same number, showing what was written', () => {
    const found = misnamedHotlines('96110是劝阻和咨询专线；这里是96110反诈专线。', hotlines);
    expect(found.map((m) => m.written)).toEqual(['是劝阻和咨询专线', '反诈专线']);
    expect(found.every((m) => m.hotline.number === '96110')).toBe(true);
  });

  it('finds a reserved word used on its own', () => {
    expect(misnamedHotlines('12381只发预警短信。', hotlines).map((m) => m.written)).toEqual(['只发预警短信']);
  });

  it('says where, what and what to write instead', () => {
    expect(hotlineNameProblems('content/quiz/tips.yaml: question "x"', '这里是96110反诈专线', hotlines)).toEqual([
      'content/quiz/tips.yaml: question "x": "反诈专线" names a hotline in its own words. "专线" belongs to the name of 96110 in content/hotlines/hotlines.yaml ("反诈预警劝阻专线"): call it by that name, or reword.',
    ]);
  });
});

/** Every string the UI table holds, however deeply nested. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

describe('the UI strings', () => {
  it('(every table in src/i18n/) call every hotline by the one name content/hotlines/ gives it', () => {
    const data = parse(readFileSync('content/hotlines/hotlines.yaml', 'utf8')) as Record<string, { number: string; name: string; reservedWords?: string[] }>;
    const names = Object.values(data).map((entry) => ({ number: entry.number, name: entry.name, reservedWords: entry.reservedWords ?? [] }));
    expect(names.some((entry) => entry.reservedWords.length > 0)).toBe(true);
    const tables = import.meta.glob<Record<string, unknown>>('../../src/i18n/*.ts', { eager: true });
    expect(Object.keys(tables).length).toBeGreaterThan(1);
    const problems = Object.entries(tables).flatMap(([file, table]) => stringsOf(table).flatMap((text) => hotlineNameProblems(file, text, names)));
    expect(problems).toEqual([]);
  });
});
