import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import type { TFunction } from 'i18next';
import type { Bank } from '../../questions';
import type { AnswersFile } from '../../questions/answers';
import { assessmentModel, type ReportModel, type TableModel } from './model';

type Block = ISectionOptions['children'][number];

// Characters XML 1.0 forbids (a hostile plan may hold them) would make Word refuse the whole document.
const forbidden =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text as runs: forbidden characters dropped, and each line break a Word line break. */
const runs = (text: string, bold = false) =>
  text
    .replace(forbidden, '')
    .split(/\r?\n/)
    .map((line, i) => new TextRun({ text: line, bold, ...(i > 0 ? { break: 1 } : {}) }));

const paragraph = (text: string, options: { bold?: boolean; bullet?: boolean } = {}) =>
  new Paragraph({ children: runs(text, options.bold), ...(options.bullet ? { bullet: { level: 0 } } : {}) });

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
  new Paragraph({ heading: level, children: runs(text) });

const textWidth = 11906 - 2 * 1440;

/**
 * A real Word table: the header row repeats on every page and is marked as the table's header. `widths` are the
 * columns' shares of the text width, in per cent.
 */
const table = ({ head, body }: TableModel, widths: number[]) => {
  // In twentieths of a point, of A4's text width between Word's default margins, for Word and LibreOffice alike.
  const columns = widths.map((share) => Math.round((textWidth * share) / 100));
  const cell = (text: string, column: number, bold = false) =>
    new TableCell({
      width: { size: columns[column] ?? 0, type: WidthType.DXA },
      children: [paragraph(text, { bold })],
    });
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: columns,
    rows: [
      new TableRow({ tableHeader: true, children: head.map((text, column) => cell(text, column, true)) }),
      ...body.map((row) => new TableRow({ children: row.map((text, column) => cell(text, column)) })),
    ],
  });
};

/**
 * The Word document management edits and approves: the management summary (verdict, scores beside the national
 * figure, the first steps), the action plan as a Word table, and the sources. Headings are Word's heading styles, so
 * the navigation pane and a PDF exported from Word have them as structure.
 */
export function docxDocument(model: ReportModel): Document {
  const { summary, plan, sources } = model;
  const { verdict } = summary;
  const children: Block[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: runs(model.title) }),
    paragraph(model.cover.what),
    ...model.cover.facts.map((fact) => paragraph(`${fact.label}: ${fact.value}`)),
    heading(summary.heading, HeadingLevel.HEADING_1),
    ...[verdict.caution, verdict.change, verdict.barriers].flatMap((text) => (text ? [paragraph(text)] : [])),
    ...(verdict.areas.length > 0
      ? [
          paragraph(summary.areasLead),
          ...verdict.areas.map((area) =>
            paragraph(`${area.title}, ${area.score}. ${area.sentences.join(' ')}`, { bullet: true }),
          ),
        ]
      : []),
    paragraph(verdict.basis),
    table(summary.pressure, [70, 30]),
    paragraph(''),
    table(summary.maturity, [40, 20, 40]),
    heading(summary.actionsHeading, HeadingLevel.HEADING_2),
    paragraph(summary.actionsLead),
    table(summary.actions, [8, 52, 22, 18]),
    ...(plan
      ? [
          heading(plan.heading, HeadingLevel.HEADING_1),
          paragraph(plan.lead),
          table(plan.table, [6, 38, 20, 18, 18]),
          heading(plan.detailsHeading, HeadingLevel.HEADING_2),
          ...plan.details.map((line) => paragraph(line)),
        ]
      : []),
    heading(sources.heading, HeadingLevel.HEADING_1),
    ...sources.recommendations.map((line) => paragraph(line, { bullet: true })),
    paragraph(sources.reports),
    paragraph(sources.versions),
  ];
  return new Document({
    title: model.title.replace(forbidden, ''),
    creator: 'Parat',
    styles: {
      default: {
        document: {
          run: { font: 'Calibri', size: 22, language: { value: model.language === 'da' ? 'da-DK' : 'en-GB' } },
        },
      },
    },
    sections: [{ children }],
  });
}

/**
 * The Word document of one answers file, as bytes, in the browser and in Node alike. The browser loads this module
 * only when the document is asked for, so the docx library stays out of every other page.
 */
export async function createDocx(
  bank: Bank,
  file: AnswersFile,
  t: TFunction,
  language: string,
  date: string,
): Promise<Uint8Array> {
  const document = docxDocument(assessmentModel(bank, file, t, language, date));
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
