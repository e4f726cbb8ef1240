import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { woff2CodePoints } from './woff2-cmap';

const root = fileURLToPath(new URL('../../', import.meta.url));
const css = readFileSync(join(root, 'src/styles.css'), 'utf8');
const fontFaces = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body]) => ({
  file: /url\('dkfds\/dist\/([^']+)'\)/.exec(body!)?.[1] ?? '',
  range: /unicode-range:\s*([^;]+);/.exec(body!)?.[1] ?? '',
}));

const parseRange = (range: string) =>
  range.split(',').flatMap((part) => {
    const [first, last = first] = part.trim().replace(/^U\+/, '').split('-');
    const from = parseInt(first!, 16);
    return Array.from({ length: parseInt(last!, 16) - from + 1 }, (_, i) => from + i);
  });

describe('the fonts', () => {
  it('each declare exactly the characters their file holds, so the browser fetches only the subsets a page needs', () => {
    expect(fontFaces.length).toBe(18);
    for (const face of fontFaces) {
      expect({ file: face.file, points: parseRange(face.range) }).toEqual({
        file: face.file,
        points: woff2CodePoints(join(root, 'node_modules/dkfds/dist', face.file)),
      });
    }
  });

  it('cover every character of the Danish and English texts with the Latin1 subset alone', () => {
    const latin1 = new Set(parseRange(fontFaces.find((f) => f.file.endsWith('Regular-Latin1.woff2'))!.range));
    const outside = new Set<string>();
    for (const language of ['da', 'en']) {
      for (const file of readdirSync(join(root, 'locales', language))) {
        for (const char of readFileSync(join(root, 'locales', language, file), 'utf8')) {
          if (char !== '\n' && !latin1.has(char.codePointAt(0)!)) outside.add(char);
        }
      }
    }
    expect([...outside]).toEqual([]);
  });
});
