import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import { sectorWording } from '../../questions/sector-wording';
import { sectionSteps } from '../../src/features/questionnaire/steps';
import { resources } from '../../src/i18n';
import { quotablePercentages } from '../questions/seed-facts';
import { cliDynamicKeys, dynamicKeys } from './dynamic-keys';

type Tree = { [key: string]: string | Tree };

const flatten = (tree: Tree, prefix = ''): Record<string, string> =>
  Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string' ? [[`${prefix}${key}`, value]] : Object.entries(flatten(value, `${prefix}${key}.`)),
    ),
  );

const keysOf = (language: 'da' | 'en') =>
  Object.fromEntries(Object.entries(resources[language]).map(([ns, tree]) => [ns, flatten(tree as Tree)]));
const da = keysOf('da');
const en = keysOf('en');
const variables = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

const questions = bank.sections.flatMap((s) => s.questions);
const sortedKeys = (ns: string) => Object.keys(da[ns]!).sort();

describe('locales', () => {
  it('gives English exactly the keys Danish has', () => {
    for (const ns of Object.keys(da)) expect(Object.keys(en[ns]!).sort(), ns).toEqual(sortedKeys(ns));
  });

  it('uses the same interpolation variables in both languages', () => {
    for (const [ns, keys] of Object.entries(da)) {
      for (const [key, text] of Object.entries(keys)) {
        expect(variables(en[ns]![key]!), `${ns}:${key}`).toEqual(variables(text));
      }
    }
  });

  it('addresses the organisation as I/jeres in Danish, never as du', () => {
    // The reader is the organisation, not one person (ux review 8): "Tjek jeres svar", not "Tjek dine svar".
    // An option on the command line (--min) is no word.
    const duForm = /(?<![\p{L}{-])(du|dig|din|dit|dine|mig|min|mit|mine)(?![\p{L}}])/iu;
    for (const [ns, keys] of Object.entries(da)) {
      for (const [key, text] of Object.entries(keys)) expect(text, `${ns}:${key}`).not.toMatch(duForm);
    }
  });

  it('has no empty text', () => {
    for (const language of [da, en]) {
      for (const [ns, keys] of Object.entries(language)) {
        for (const [key, text] of Object.entries(keys)) expect(text.trim(), `${ns}:${key}`).not.toBe('');
      }
    }
  });

  it('words every question of the bank, with a short label and, for choices and text, its own error message', () => {
    const expected = questions.flatMap((q) => [
      `${q.id}.text`,
      `${q.id}.short`,
      ...(q.type === 'scale' ? [] : [`${q.id}.error`]),
      ...(Object.hasOwn(da.questions!, `${q.id}.hint`) ? [`${q.id}.hint`] : []),
      // A dated fact from after the reports, with its own source (NIS2 act, AI Act).
      ...(Object.hasOwn(da.questions!, `${q.id}.update`) ? [`${q.id}.update`] : []),
    ]);
    expect(sortedKeys('questions')).toEqual(expected.sort());
  });

  it('words every section, group, option, kind and recommendation of the bank, and nothing else', () => {
    const options = new Set(
      questions.flatMap((q) =>
        q.type === 'choice' ? q.options : q.type === 'scale' ? ['high', 'some', 'low', 'not-at-all', 'dont-know'] : [],
      ),
    );
    const groups = new Set(questions.flatMap((q) => (q.type === 'scale' && q.group ? [q.group] : [])));
    const expected = [
      ...bank.sections.flatMap((s) => [`sections.${s.id}.title`, `sections.${s.id}.intro`]),
      ...[...groups].map((g) => `groups.${g}`),
      ...bank.sections.flatMap(sectionSteps).flatMap((s) => (s.group ? [`groupIntros.${s.group}`] : [])),
      ...[...options].map((o) => `options.${o}`),
      ...['high', 'some', 'rest', 'low'].map((b) => `bands.${b}`),
      ...['barrier-category', 'technology', 'maturity-area'].map((k) => `kinds.${k}`),
      ...[...new Set(bank.recommendations.map((r) => r.kind))].map((k) => `kinds.${k}`),
      ...['central', 'local'].map((s) => `scopes.${s}`),
      ...[...new Set(bank.recommendations.flatMap((r) => (r.proposal ? [r.proposal] : [])))].map(
        (p) => `proposals.${p}`,
      ),
      ...[...new Set(questions.map((q) => q.source.report))].map((r) => `reports.${r}`),
      ...['Stor', 'Lille'].map((r) => `ratings.${r}`),
    ];
    expect(sortedKeys('bank')).toEqual([...new Set(expected)].sort());
    expect(sortedKeys('recommendations')).toEqual(
      bank.recommendations
        .flatMap((r) => [
          `${r.id}.about`,
          `${r.id}.action`,
          `${r.id}.title`,
          // A dated fact from after the reports comes with its own source.
          ...(Object.hasOwn(da.recommendations!, `${r.id}.update`) ? [`${r.id}.update`, `${r.id}.updateSource`] : []),
          // The sectors questions/sectors.ts words the recommendation for, each field once: no more, no fewer.
          ...(sectorWording[r.id]?.fields ?? []).flatMap((field) =>
            sectorWording[r.id]!.sectors.map((sector) => `${r.id}.${field}_${sector}`),
          ),
        ])
        .sort(),
    );
  });

  it('uses every command-line string, and has one for every way a file can be refused', () => {
    const cliSources = readdirSync(join(import.meta.dirname, '../../src/cli'))
      .map((f) => readFileSync(join(import.meta.dirname, '../../src/cli', f), 'utf8'))
      .join('\n');
    const literal = new Set([...cliSources.matchAll(/'cli:([\w.]+)'/g)].map((m) => m[1]));
    const dynamic = cliDynamicKeys;
    for (const key of Object.keys(da.cli!)) {
      const base = key.replace(/_(zero|one|other)$/, '');
      expect(literal.has(base) || dynamic.includes(base), `cli:${key} is unused`).toBe(true);
    }
    const cliKeys = new Set(Object.keys(da.cli!).map((key) => key.replace(/_(zero|one|other)$/, '')));
    for (const key of [...literal, ...dynamic]) expect(cliKeys.has(key!), `cli:${key} is missing`).toBe(true);
  });

  it('uses every app, report, national-figure, plan, record, workshop, meeting and series string, and every one it uses exists', () => {
    const sources = readdirSync(join(import.meta.dirname, '../../src'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.tsx') || f.endsWith('.ts'))
      .map((f) => readFileSync(join(import.meta.dirname, '../../src', f), 'utf8'))
      .join('\n');
    const dynamic = dynamicKeys(da.national!);
    const base = (key: string) => key.replace(/_(zero|one|other)$/, '');
    for (const ns of ['app', 'report', 'national', 'plan', 'records', 'workshop', 'meeting', 'series']) {
      const prefix = ns === 'app' ? '(?:app:)?' : `${ns}:`;
      const used = new Set([...sources.matchAll(new RegExp(`\\bt\\(\\s*'${prefix}([\\w.]+)'`, 'g'))].map((m) => m[1]!));
      for (const key of Object.keys(da[ns]!)) {
        expect(used.has(base(key)) || dynamic[ns]!.includes(key), `${ns}:${key} is unused`).toBe(true);
      }
      const keys = new Set(Object.keys(da[ns]!).map(base));
      for (const key of [...used, ...dynamic[ns]!]) expect(keys.has(key), `${ns}:${key} is missing`).toBe(true);
    }
  });

  it('quotes no percentage the reports do not state in their text', () => {
    for (const language of [da, en]) {
      for (const [ns, keys] of Object.entries(language)) {
        for (const [key, text] of Object.entries(keys)) {
          for (const match of text.matchAll(/(\d+)\s*(%|pct|per cent)/g)) {
            // Above 100 it is no share of organisations (the 200 % zoom of WCAG).
            if (Number(match[1]) > 100) continue;
            expect(quotablePercentages.has(Number(match[1])), `${ns}:${key} quotes ${match[0]}`).toBe(true);
          }
        }
      }
    }
  });
});
