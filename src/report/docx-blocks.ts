import {
  BorderStyle,
  HeadingLevel,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import type { Block, TableModel } from './blocks';
import { fitColumns } from './columns';
import { arialWidth } from './text-width';

export type WordBlock = ISectionOptions['children'][number];

/** The table style every table uses: Word's templates can restyle all of them by this one name. */
export const tableStyle = 'ParatTabel';
/** The paragraph style of notes, the header and the footer: small and grey. */
export const noteStyle = 'ParatNote';
/** A4's text width between 2 cm margins, in twentieths of a point. */
export const textWidth = 11906 - 2 * 1134;
/** The tables' text size in twentieths of a point per em (10 pt), and each cell's inner margin left and right. */
const tableEm = 200;
export const cellMargin = 85;
/** The table style's rules. The docx library writes a table's borders on the table itself; they are the style's. */
export const rule = { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF' } as const;
const borders = Object.fromEntries(
  (['top', 'left', 'bottom', 'right', 'insideHorizontal', 'insideVertical'] as const).map((side) => [side, rule]),
);
// Measured widths are an estimate (the font may be replaced): some slack keeps a longest word from breaking.
const slack = 1.08;

// Characters XML 1.0 forbids (a hostile plan may hold them) would make Word refuse the whole document.
const forbidden =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe for Word: the characters XML cannot hold dropped. */
export const wordSafe = (text: string) => text.replace(forbidden, '');

/** Text as runs: forbidden characters dropped, and each line break a Word line break. */
const runs = (text: string, bold = false) =>
  wordSafe(text)
    .split(/\r?\n/)
    // Bold only when asked: a run's "not bold" would override the table style's bold header row.
    .map((line, i) => new TextRun({ text: line, ...(bold ? { bold } : {}), ...(i > 0 ? { break: 1 } : {}) }));

export const paragraph = (text: string, options: { bold?: boolean; bullet?: boolean; style?: string } = {}) =>
  new Paragraph({
    children: runs(text, options.bold),
    ...(options.bullet ? { bullet: { level: 0 } } : {}),
    ...(options.style ? { style: options.style } : {}),
  });

export const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
  new Paragraph({ heading: level, children: runs(text) });

/**
 * A Word table in the document's table style: the header row repeats on every page and is marked as the header,
 * and the columns follow the content (a number column stays narrow, no word breaks inside) unless the model fixes
 * them. The layout is fixed to those widths, so Word and LibreOffice set the same columns.
 */
export function table(model: TableModel): Table {
  const measure = (text: string, bold: boolean) => arialWidth(text, bold) * tableEm * slack;
  const columns = fitColumns(model, textWidth, measure, 2 * cellMargin).map(Math.round);
  const cell = (text: string, column: number, body: boolean) => {
    // A title column's first line in bold, its details below in the body's weight.
    const [title = '', ...details] = body && column === model.titleColumn ? text.split('\n') : [];
    const children = title ? [...runs(title, true), ...details.flatMap((line) => runs(`\n${line}`))] : runs(text);
    return new TableCell({
      width: { size: columns[column] ?? 0, type: WidthType.DXA },
      children: [new Paragraph({ children })],
    });
  };
  return new Table({
    style: tableStyle,
    borders,
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: columns,
    layout: TableLayoutType.FIXED,
    tableLook: { firstRow: true, noVBand: true },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: model.head.map((text, column) => cell(text, column, false)),
      }),
      ...model.body.map(
        (row) => new TableRow({ cantSplit: true, children: row.map((text, column) => cell(text, column, true)) }),
      ),
    ],
  });
}

/** One block of a chapter in Word. Charts and the recommendation and national blocks belong to the PDF's chapters. */
export function wordBlock(block: Block): WordBlock[] {
  switch (block.kind) {
    case 'heading':
      return [heading(block.text, HeadingLevel.HEADING_2)];
    case 'paragraph':
      if (block.text === '') return [];
      return [
        new Paragraph({
          children: [
            ...(block.label ? [new TextRun({ text: `${wordSafe(block.label)}: `, bold: true })] : []),
            ...runs(block.text, block.style === 'strong'),
          ],
          ...(block.style === 'muted' ? { style: noteStyle } : {}),
        }),
      ];
    case 'bullets':
      return block.items.map((item) => paragraph(item, { bullet: true, bold: block.style === 'strong' }));
    case 'table':
      // An empty paragraph after a table, or Word joins two tables that follow each other.
      return [table(block.table), new Paragraph({})];
    case 'headedTable':
      return [heading(block.heading, HeadingLevel.HEADING_2), table(block.table), new Paragraph({})];
    case 'chart':
    case 'trendChart':
    case 'nationalLegend':
    case 'national':
    case 'recommendation':
      return [];
  }
}
