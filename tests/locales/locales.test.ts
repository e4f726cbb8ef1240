import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import { RecommendationKind } from '../../questions/schema';
import { compactProblems } from '../../questions/compact';
import { figureSets, nationalContext } from '../../questions/national-context';
import { sectorWording } from '../../questions/sector-wording';
import { actionStatuses, planNoticeCodes } from '../../questions/plan';
import { answersProblemCodes } from '../../questions/answers';
import { approvalFields } from '../../questions/approval';
import { recordNoticeCodes } from '../../questions/record-text';
import { workshopNoticeCodes, workshopProblemCodes } from '../../questions/workshop-file';
import { bankCsvColumns } from '../../src/cli/bank-view';
import { sectionSteps } from '../../src/features/questionnaire/steps';
import { figureBands } from '../../src/format/national-figures';
import { resources } from '../../src/i18n';
import { quotablePercentages } from '../questions/seed-facts';
import { benchmarkReasonKeys, seriesKeys } from './series-keys';

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
    const dynamic = [
      ...answersProblemCodes.map((c) => `file.${c}`),
      ...bankCsvColumns.map((c) => `bankTable.${c}`),
      ...benchmarkReasonKeys,
    ];
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
    // Keys built at run time, each family checked against the data it is built from.
    const dynamic: Record<string, string[]> = {
      app: [
        ...['start', 'check', 'results', 'plan', 'about', 'share', 'workshop'].map((p) => `pages.${p}`),
        ...[
          'section',
          'id',
          'question',
          'answer',
          'note',
          'area',
          'kind',
          'score',
          'shown',
          'answered',
          'dontKnow',
          'rank',
          'recommendation',
          'scope',
          'why',
        ].map((k) => `csv.${k}`),
        ...[...answersProblemCodes, 'too-large', 'unreadable'].map((c) => `transfer.problems.${c}`),
        ...['da', 'en'].map((l) => `layout.languageName.${l}`),
        ...['better', 'worse', 'same'].map((d) => `results.compare.${d}`),
        ...['better', 'level', 'worse', 'more', 'less'].map((s) => `verdict.standing.${s}`),
        ...['barriers', 'maturity', 'recommendations', 'details', 'tools'].map((c) => `results.${c}Heading`),
        ...['barrierChart', 'technologyChart', 'maturityChart'].flatMap((c) => [
          `results.${c}.title`,
          `results.${c}.description`,
        ]),
        ...['barriers', 'ratings', 'maturity', 'dontKnow', 'benchmark', 'recommendations'].map(
          (k) => `about.method.${k}`,
        ),
        ...RecommendationKind.options.map((k) => `results.recommendation.cites.${k}`),
      ],
      report: [
        ...['number', 'action', 'responsible', 'deadline'].map((k) => `actionsTable.${k}`),
        ...['question', 'answer', 'note'].map((k) => `answersTable.${k}`),
        // The sectors the bank has a figure for.
        ...[
          ...new Set(
            bank.sections.flatMap((s) =>
              s.questions.flatMap((q) =>
                q.type === 'scale' && q.benchmark?.bySector ? Object.keys(q.benchmark.bySector.high) : [],
              ),
            ),
          ),
        ].map((sector) => `sector.groups.${sector}`),
      ],
      plan: [
        ...actionStatuses.map((status) => `status.${status}`),
        // The spreadsheet's columns are the plan's field names.
        ...['title', 'from', 'areas', 'responsible', 'deadline', 'status', 'note'].map((k) => `fields.${k}`),
        ...planNoticeCodes.map((code) => `notices.${code}`),
      ],
      workshop: compactProblems.map((c) => `scan.problems.${c}`),
      // Every notice of each part, its heading, and the name of every field a notice can name.
      records: [
        ...['approval', 'evidence'].map((part) => `notices.${part}Heading`),
        ...['unreadable', 'wrong-type', 'odd-date', 'too-long', 'cleaned', 'unknown-field'].map(
          (code) => `notices.approval.${code}`,
        ),
        ...recordNoticeCodes.map((code) => `notices.evidence.${code}`),
        ...[...approvalFields, 'ref', 'owner', 'list'].map((field) => `notices.fields.${field}`),
      ],
      meeting: [
        ...workshopNoticeCodes.filter((c) => c !== 'plan').map((c) => `notices.${c}`),
        ...workshopProblemCodes.map((c) => `problems.${c}`),
        ...['management', 'professional', 'it'].map((r) => `participants.roles.${r}`),
      ],
      series: seriesKeys,
      // Every set's words and bands, and a label for every figure: no more, no fewer.
      national: [
        ...figureSets.flatMap((set) =>
          ['title', 'caption', 'item', ...figureBands[set]].map((key) => `sets.${set}.${key}`),
        ),
        ...nationalContext.map((figure) => `figures.${figure.id}`),
        // A note under the table, for the figures that need one.
        ...nationalContext.flatMap((figure) =>
          Object.hasOwn(da.national!, `notes.${figure.id}`) ? [`notes.${figure.id}`] : [],
        ),
      ],
    };
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
