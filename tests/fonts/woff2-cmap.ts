import { readFileSync } from 'node:fs';
import { brotliDecompressSync } from 'node:zlib';

// WOFF2's known-table tags, in the order of the spec's table; a flag of 63 means the tag follows in 4 bytes.
const knownTags = [
  'cmap',
  'head',
  'hhea',
  'hmtx',
  'maxp',
  'name',
  'OS/2',
  'post',
  'cvt',
  'fpgm',
  'glyf',
  'loca',
  'prep',
  'CFF',
  'VORG',
  'EBDT',
  'EBLC',
  'gasp',
  'hdmx',
  'kern',
  'LTSH',
  'PCLT',
  'VDMX',
  'vhea',
  'vmtx',
  'BASE',
  'GDEF',
  'GPOS',
  'GSUB',
  'EBSC',
  'JSTF',
  'MATH',
  'CBDT',
  'CBLC',
  'COLR',
  'CPAL',
  'SVG',
  'sbix',
  'acnt',
  'avar',
  'bdat',
  'bloc',
  'bsln',
  'cvar',
  'fdsc',
  'feat',
  'fmtx',
  'fvar',
  'gvar',
  'hsty',
  'just',
  'lcar',
  'mort',
  'morx',
  'opbd',
  'prop',
  'trak',
  'Zapf',
  'Silf',
  'Glat',
  'Gloc',
  'Feat',
  'Sill',
];

/** The code points a WOFF2 font maps to a glyph, read from its cmap table (formats 4 and 12). */
export function woff2CodePoints(path: string): number[] {
  const font = readFileSync(path);
  let offset = 48;
  const base128 = () => {
    let value = 0;
    for (let i = 0; i < 5; i++) {
      const byte = font[offset++]!;
      value = value * 128 + (byte & 0x7f);
      if (!(byte & 0x80)) break;
    }
    return value;
  };
  const tables: { tag: string; length: number }[] = [];
  for (let i = font.readUInt16BE(12); i > 0; i--) {
    const flags = font[offset++]!;
    let tag = knownTags[flags & 0x3f] ?? '';
    if ((flags & 0x3f) === 63) {
      tag = font.toString('latin1', offset, offset + 4).trimEnd();
      offset += 4;
    }
    const transformVersion = flags >> 6;
    const length = base128();
    const transformed = tag === 'glyf' || tag === 'loca' ? transformVersion === 0 : transformVersion !== 0;
    tables.push({ tag, length: transformed ? base128() : length });
  }
  const data = brotliDecompressSync(font.subarray(offset, offset + font.readUInt32BE(20)));
  let start = 0;
  for (const table of tables) {
    if (table.tag === 'cmap') return cmapCodePoints(data.subarray(start, start + table.length));
    start += table.length;
  }
  throw new Error(`${path}: no cmap`);
}

function cmapCodePoints(cmap: Buffer): number[] {
  const points = new Set<number>();
  for (let i = 0; i < cmap.readUInt16BE(2); i++) {
    const sub = cmap.readUInt32BE(4 + i * 8 + 4);
    const format = cmap.readUInt16BE(sub);
    if (format === 4) {
      const segments = cmap.readUInt16BE(sub + 6) / 2;
      const ends = sub + 14;
      const starts = ends + segments * 2 + 2;
      const deltas = starts + segments * 2;
      const rangeOffsets = deltas + segments * 2;
      for (let s = 0; s < segments; s++) {
        const first = cmap.readUInt16BE(starts + 2 * s);
        const last = cmap.readUInt16BE(ends + 2 * s);
        const delta = cmap.readInt16BE(deltas + 2 * s);
        const rangeOffset = cmap.readUInt16BE(rangeOffsets + 2 * s);
        for (let c = first; c <= last && c !== 0xffff; c++) {
          const glyph =
            rangeOffset === 0 ? c + delta : cmap.readUInt16BE(rangeOffsets + 2 * s + rangeOffset + 2 * (c - first));
          if ((glyph & 0xffff) !== 0) points.add(c);
        }
      }
    } else if (format === 12) {
      for (let g = 0; g < cmap.readUInt32BE(sub + 12); g++) {
        const at = sub + 16 + 12 * g;
        for (let c = cmap.readUInt32BE(at); c <= cmap.readUInt32BE(at + 4); c++) points.add(c);
      }
    }
  }
  return [...points].sort((a, b) => a - b);
}
