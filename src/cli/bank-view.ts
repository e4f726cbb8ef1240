import type { TFunction } from 'i18next';
import { nationalContextOf } from '../../questions/national-context';
import type { Bank, Question, SectorFigure } from '../../questions/schema';
import type { NationalFigure } from '../../questions/national-context';
import { scaleOptions } from '../../questions/scales';
import { seedFiles } from '../../questions/sources';
import { toCsv } from '../format/csv';
import { intlLocale } from '../format/locale';

/** One question of the printed bank, in the shape `npm run bank -- --format json` documents. */
export interface BankViewQuestion {
  id: string;
  text: string;
  codes: string[];
  /** Report, section, line and seed file; only report and section for a field of Parat's own. */
  source: { report: string; section: string; line?: number; file?: string };
  /** Asked only when an earlier question has one of these answers. */
  showIf?: { question: string; anyOf: string[] };
  /** The bands the report gives, the middle one and the sector shares only where its prose gives them. */
  benchmark?: { high: number; low: number; some?: number; bySector?: SectorFigure };
  effect?: 'Stor' | 'Lille';
  relevance?: 'Stor' | 'Lille';
}

/** An IT i praksis figure beside the barriers of its step: its set, the report's label, its bands and source. */
export type BankViewFigure = Omit<NationalFigure, 'source'> & { label: string; source: BankViewQuestion['source'] };

export interface BankView {
  version: number;
  sections: { id: string; title: string; questions: BankViewQuestion[]; nationalContext?: BankViewFigure[] }[];
}

const withFile = (source: Question['source']): BankViewQuestion['source'] =>
  source.report === 'parat' ? source : { ...source, file: seedFiles[source.report] };

const viewQuestion = (question: Question, t: TFunction): BankViewQuestion => ({
  id: question.id,
  text: t(`questions:${question.id}.text`),
  codes: question.type === 'scale' ? question.codes : [],
  source: withFile(question.source),
  ...(question.showIf ? { showIf: question.showIf } : {}),
  ...(question.type === 'scale' && question.benchmark ? { benchmark: question.benchmark } : {}),
  ...(question.type === 'scale' && question.rating
    ? { effect: question.rating.effect, relevance: question.rating.relevance }
    : {}),
});

const withContext = (figures: NationalFigure[], t: TFunction) =>
  figures.length === 0
    ? {}
    : {
        nationalContext: figures.map((figure): BankViewFigure => ({
          ...figure,
          label: t(`national:figures.${figure.id}`),
          source: withFile(figure.source),
        })),
      };

/** The whole bank with its texts in one language. */
export const bankView = (bank: Bank, t: TFunction): BankView => ({
  version: bank.version,
  sections: bank.sections.map((section) => ({
    id: section.id,
    title: t(`bank:sections.${section.id}.title`),
    questions: section.questions.map((q) => viewQuestion(q, t)),
    ...withContext(nationalContextOf(section.id), t),
  })),
});

/** Columns of the spreadsheet version; each has a heading in cli:bankTable. */
export const bankCsvColumns = [
  'section',
  'id',
  'question',
  'codes',
  'effect',
  'relevance',
  'nationalHigh',
  'nationalLow',
  'source',
] as const;

/** One row per question, for a spreadsheet. */
export function bankCsv(view: BankView, t: TFunction): string {
  const rows = view.sections.flatMap((section) =>
    section.questions.map((q) => [
      section.title,
      q.id,
      q.text,
      q.codes.join(', '),
      q.effect && t(`bank:ratings.${q.effect}`),
      q.relevance && t(`bank:ratings.${q.relevance}`),
      q.benchmark?.high,
      q.benchmark?.low,
      q.source.file
        ? `${t(`bank:reports.${q.source.report}`)}, ${q.source.section}, ${q.source.file}:${q.source.line}`
        : t(`bank:reports.${q.source.report}`),
    ]),
  );
  return toCsv([bankCsvColumns.map((key) => t(`cli:bankTable.${key}`)), ...rows]);
}

/** "»A«, »B« eller »C«": options in the language's quotation marks, joined as its "or" joins them. */
const optionList = (options: string[], t: TFunction, language: string) =>
  new Intl.ListFormat(intlLocale(language), { type: 'disjunction' }).format(
    options.map((o) => t('cli:bankTable.option', { option: t(`bank:options.${o}`) })),
  );

/**
 * The national figure as the report gives it: the middle band where its prose gives one, and the sector shares
 * where it gives them (content audit 2, E17), so the paper version says what the app says.
 */
function nationalLines(benchmark: NonNullable<BankViewQuestion['benchmark']>, t: TFunction, language: string) {
  const lines = [
    t(benchmark.some === undefined ? 'cli:bankTable.national' : 'cli:bankTable.nationalWithSome', benchmark),
  ];
  const bySector = Object.entries(benchmark.bySector?.high ?? {});
  if (bySector.length > 0) {
    const shares = bySector.map(([sector, high]) =>
      t('cli:bankTable.sectorShare', { share: high, group: t(`report:sector.groups.${sector}`) }),
    );
    lines.push(
      t('cli:bankTable.sector', {
        shares: new Intl.ListFormat(intlLocale(language), { type: 'conjunction' }).format(shares),
      }),
    );
  }
  return lines.map((line) => `   *${line}*`);
}

/** A paper questionnaire for workshops: every question with a box per answer option. */
export function bankMarkdown(view: BankView, bank: Bank, t: TFunction, language: string): string {
  const questions = new Map(bank.sections.flatMap((s) => s.questions.map((q) => [q.id, q])));
  const lines = [`# ${t('cli:bankTable.title', { version: view.version })}`, '', t('cli:bankTable.paperIntro')];
  let number = 0;
  for (const section of view.sections) {
    lines.push('', `## ${section.title}`, '');
    for (const q of section.questions) {
      number += 1;
      const question = questions.get(q.id);
      lines.push(`${number}. **${q.text}** \`${q.id}\``);
      // The paper version asks a conditional question only of those it applies to, as the app does.
      if (q.showIf) {
        lines.push(
          `   _${t('cli:bankTable.onlyIf', {
            question: t(`questions:${q.showIf.question}.short`),
            options: optionList(q.showIf.anyOf, t, language),
          })}_`,
        );
      }
      const options =
        question?.type === 'choice' ? question.options : question?.type === 'scale' ? [...scaleOptions] : [];
      lines.push(
        options.length > 0
          ? `   ${options.map((o) => `☐ ${t(`bank:options.${o}`)}`).join('   ')}`
          : '   ______________________________',
      );
      if (q.benchmark) lines.push(...nationalLines(q.benchmark, t, language));
      lines.push('');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
