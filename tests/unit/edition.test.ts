import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readEdition } from '../../src/config/edition.ts';

const dir = mkdtempSync(join(tmpdir(), 'kuaidi-edition-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const editionFile = (text: string) => {
  const file = join(dir, `edition-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, text);
  return file;
};

describe('content/edition.yaml', () => {
  it('reads the name, short name and brand colour', () => {
    expect(readEdition(editionFile("name: 某区防骗课堂\nshortName: 防骗课堂\ncolour: '#1a6b3c'\n"))).toMatchObject({ name: '某区防骗课堂', shortName: '防骗课堂', colour: '#1a6b3c', hotlines: [] });
  });

  it('names the file and each field that is wrong, and what to write', () => {
    const file = editionFile("name: ''\nshortName: 一个很长很长很长很长的短名称\ncolour: blue\nlogo: x.png\n");
    expect(() => readEdition(file)).toThrow(file);
    expect(() => readEdition(file)).toThrow(/name: Write the site's name/);
    expect(() => readEdition(file)).toThrow(/shortName: .*12 characters/);
    expect(() => readEdition(file)).toThrow(/colour: Write `colour` as six hex digits/);
    expect(() => readEdition(file)).toThrow(/logo/);
  });

  it('says where a file that is not YAML went wrong', () => {
    const file = editionFile('name: [unclosed\n');
    expect(() => readEdition(file)).toThrow(file);
  });

  it('the site\'s own edition is valid', () => {
    expect(readEdition('content/edition.yaml').name).toBe('快递面单防骗课堂');
  });
});

describe("the edition's identity", () => {
  it('is written only in content/edition.yaml: no source file types the site\'s name or brand colour', () => {
    const { name, colour } = readEdition('content/edition.yaml');
    const sources = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((file) => /\.(ts|astro|css|mjs)$/.test(file));
    const typed = sources.filter((file) => {
      const text = readFileSync(join('src', file), 'utf8');
      return text.includes(name) || text.toLowerCase().includes(colour.toLowerCase());
    });
    expect(typed).toEqual([]);
  });
});
