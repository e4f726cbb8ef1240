import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

const root = join(import.meta.dirname, '../..');
const sources = (folder: string) =>
  readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => ({ file: `${folder}/${f}`, text: withoutComments(readFileSync(join(root, folder, f), 'utf8')) }));

const importsOf = (text: string) =>
  [...text.matchAll(/\bfrom\s+['"]([^'"]+)['"]|^import\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]/gm)].map(
    (m) => m[1] ?? m[2] ?? m[3] ?? '',
  );

describe('purity of the logic layers', () => {
  it('keeps scoring/ free of React, i18next, the UI, the DOM, storage and the clock', () => {
    for (const { file, text } of sources('scoring')) {
      for (const specifier of importsOf(text)) {
        expect(specifier, file).toMatch(/^\.\.?\/(?!\.\.\/src)/);
        expect(specifier, file).not.toMatch(/^\.\.\/src|react|i18next|^node:/);
        if (specifier.startsWith('../')) expect(specifier, file).toMatch(/^\.\.\/questions(\/|$)/);
      }
      expect(text, file).not.toMatch(
        /\b(window|document|localStorage|sessionStorage|navigator|fetch)\b|Date\.now|new Date|Math\.random/,
      );
    }
  });

  it('keeps questions/ ignorant of the layers after it', () => {
    for (const { file, text } of sources('questions')) {
      for (const specifier of importsOf(text)) {
        expect(specifier, file).toMatch(/^(zod\/mini$|\.\/|\.\.\/(?!src|scoring|locales))/);
      }
    }
  });
});
