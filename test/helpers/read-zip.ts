// A small reader for the store zips: the names in the central directory, and one file's bytes.
// Enough for what `wxt zip` writes (stored or deflated entries, no zip64), with no unzip binary needed.

import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localOffset: number;
}

export function zipEntries(zip: Buffer): ZipEntry[] {
  // the end-of-central-directory record is in the last 64 kB (22 bytes plus a comment)
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip file');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('broken central directory');
    const nameLength = zip.readUInt16LE(at + 28);
    entries.push({
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      localOffset: zip.readUInt32LE(at + 42),
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

export function readZip(path: string): { names: string[]; text(name: string): string } {
  const zip = readFileSync(path);
  const entries = zipEntries(zip);
  return {
    names: entries.map((e) => e.name),
    text(name) {
      const e = entries.find((x) => x.name === name);
      if (!e) throw new Error(`${name} is not in ${path}`);
      const start = e.localOffset + 30 + zip.readUInt16LE(e.localOffset + 26) + zip.readUInt16LE(e.localOffset + 28);
      const data = zip.subarray(start, start + e.compressedSize);
      return (e.method === 8 ? inflateRawSync(data) : data).toString('utf8');
    },
  };
}
