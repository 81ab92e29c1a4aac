import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The code's layers, from the top: what a page is made of; the three things built from
 * content (the build steps, the browser scripts, the content readers); pure logic; and the
 * words and settings everything may read. An import may run sideways or down, never up:
 * a module that reaches up can no longer be understood, tested or reused on its own.
 */
const LAYERS: { name: string; rank: number; folders: string[] }[] = [
  { name: 'pages', rank: 3, folders: ['pages', 'components', 'layouts', 'integration/routes'] },
  { name: 'integration, client and content', rank: 2, folders: ['integration', 'client', 'content', 'content.config.ts'] },
  { name: 'lib', rank: 1, folders: ['lib'] },
  { name: 'i18n and config', rank: 0, folders: ['i18n', 'config', 'types'] },
];

const SRC = resolve('src');
const sourceFiles = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.(ts|mts|astro|mjs)$/.test(file))
  .map((file) => file.split(sep).join('/'));

/** The layer of a file under src/: the one whose folder is the longest match. */
function layerOf(file: string) {
  const matches = LAYERS.flatMap((layer) => layer.folders.filter((folder) => file === folder || file.startsWith(`${folder}/`)).map((folder) => ({ layer, length: folder.length })));
  return matches.sort((a, b) => b.length - a.length)[0]?.layer;
}

/** Relative imports of a file: static, side-effect and dynamic. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(SRC, file), 'utf8');
  const specifiers = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g)].map((match) => match[1]!);
  return specifiers.map((specifier) => relative(SRC, resolve(SRC, dirname(file), specifier)).split(sep).join('/'));
}

describe('the layers of src/', () => {
  it('every source file belongs to a layer', () => {
    expect(sourceFiles.filter((file) => !layerOf(file))).toEqual([]);
  });

  it('no import runs from a lower layer up to a higher one', () => {
    const upward = sourceFiles.flatMap((file) => {
      const from = layerOf(file)!;
      return importsOf(file)
        .filter((target) => !target.startsWith('..'))
        .flatMap((target) => {
          const to = layerOf(target);
          return to && to.rank > from.rank ? [`${file} (${from.name}) imports ${target} (${to.name})`] : [];
        });
    });
    expect(upward).toEqual([]);
  });

  it('lib returns codes and takes words as data: it imports no UI strings', () => {
    // Words belong to the caller that shows them, so the same logic serves every edition and channel.
    const wordy = sourceFiles.filter((file) => file.startsWith('lib/') && importsOf(file).some((target) => target.startsWith('i18n/')));
    expect(wordy).toEqual([]);
  });

  it('reads imports the way the code writes them', () => {
    // The check above is only as good as the import reader: it must see this file's kinds of import.
    expect(importsOf('integration/index.ts')).toContain('integration/build-manifest.ts');
    expect(importsOf('integration/index.ts')).toContain('integration/images/write-images.ts');
    expect(importsOf('layouts/Document.astro')).toContain('styles/global.css');
  });
});
