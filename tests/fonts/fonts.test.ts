import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { preloadedFonts } from '../../vite.config';
import { weightFace } from './weight-match';
import { woff2CodePoints } from './woff2-cmap';

const root = fileURLToPath(new URL('../../', import.meta.url));
// Parat's own stylesheets, wherever they sit: the faces are declared in src/styles/fonts.css, weights are set in all.
const css = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.css'))
  .map((file) => readFileSync(join(root, 'src', file), 'utf8'))
  .join('\n');
const fontFaces = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body]) => {
  const [low, high = low] = /font-weight:\s*([^;]+);/.exec(body!)![1]!.trim().split(/\s+/).map(Number);
  return {
    file: /url\('dkfds\/dist\/([^']+)'\)/.exec(body!)?.[1] ?? '',
    range: /unicode-range:\s*([^;]+);/.exec(body!)?.[1] ?? '',
    weight: [low!, high!] as const,
  };
});
/** Every weight a rule sets, in Parat's stylesheets and in DKFDS's (whose own @font-face rules the build drops). */
const weightsSet = [css, readFileSync(join(root, 'node_modules/dkfds/dist/css/dkfds.min.css'), 'utf8')]
  .map((sheet) => sheet.replace(/@font-face\s*{[^}]*}/g, ''))
  .flatMap((sheet) => [...sheet.matchAll(/font-weight:\s*(\d+|normal|bold)\b/g)].map(([, value]) => value!))
  .map((value) => (value === 'normal' ? 400 : value === 'bold' ? 700 : Number(value)));

const parseRange = (range: string) =>
  range.split(',').flatMap((part) => {
    const [first, last = first] = part.trim().replace(/^U\+/, '').split('-');
    const from = parseInt(first!, 16);
    return Array.from({ length: parseInt(last!, 16) - from + 1 }, (_, i) => from + i);
  });

describe('the fonts', () => {
  it('each declare exactly the characters their file holds, so the browser fetches only the subsets a page needs', () => {
    expect(fontFaces.length).toBe(12);
    for (const face of fontFaces) {
      expect({ file: face.file, points: parseRange(face.range) }).toEqual({
        file: face.file,
        points: woff2CodePoints(join(root, 'node_modules/dkfds/dist', face.file)),
      });
    }
  });

  it('draw every weight a stylesheet sets from a preloaded file, so a first visit shows one typeface', () => {
    const latin1 = fontFaces.filter((face) => face.file.endsWith('-Latin1.woff2'));
    const files = [...new Set(weightsSet)]
      .sort((a, b) => a - b)
      .map((weight) => {
        const file = weightFace(weight, latin1)?.file ?? 'none';
        return { weight, file: file.replace(/^.*\/|\.woff2$/g, '') };
      });
    expect(files.length).toBeGreaterThanOrEqual(4);
    expect(files.filter(({ file }) => !preloadedFonts.includes(file))).toEqual([]);
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
