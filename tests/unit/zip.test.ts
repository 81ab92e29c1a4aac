import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { zipStored } from '../../src/lib/archive/zip.ts';

/** Reads an archive the way unzip tools do: from the end record, through the central directory, to each file. */
function readZip(zip: Buffer): { name: string; data: Buffer }[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files: { name: string; data: Buffer }[] = [];
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.toString('ascii', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    expect(zip.readUInt32LE(local)).toBe(0x04034b50);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    expect(crc32(data), name).toBe(zip.readUInt32LE(at + 16));
    files.push({ name, data });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return files;
}

describe('zipStored', () => {
  const entries = [
    { name: '01-qr.png', data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]) },
    { name: '02-cover.png', data: Buffer.from('second file, longer than the first') },
  ];

  it('holds every file whole, in order, with its checksum', () => {
    expect(readZip(zipStored(entries))).toEqual(entries);
  });

  it('is the same bytes from build to build', () => {
    expect(zipStored(entries).equals(zipStored(entries))).toBe(true);
  });

  it('opens in the system unzip where there is one', () => {
    let unzip = '';
    try {
      unzip = execFileSync('sh', ['-c', 'command -v unzip || command -v bsdtar'], { encoding: 'utf8' }).trim();
    } catch {
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), 'zip-'));
    writeFileSync(join(dir, 'a.zip'), zipStored(entries));
    if (unzip.endsWith('unzip')) execFileSync(unzip, ['-q', 'a.zip'], { cwd: dir });
    else execFileSync(unzip, ['-xf', 'a.zip'], { cwd: dir });
    for (const { name, data } of entries) expect(readFileSync(join(dir, name))).toEqual(data);
  });

  it('refuses a name an unzip tool might show differently', () => {
    expect(() => zipStored([{ name: '二维码.png', data: Buffer.from('x') }])).toThrow(/ASCII/);
  });
});
