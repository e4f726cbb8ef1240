import type { jsPDF as JsPdf } from 'jspdf';
import type { TableModel } from './blocks';
import { fitColumns } from './columns';
import { pdfSafe } from './text';

/** A4 in millimetres, with margins wide enough for binding and a running footer; font sizes in points. */
export const layout = {
  page: { width: 210, height: 297, margin: 20, bottom: 22 },
  size: { title: 24, h1: 16, h2: 12, body: 10, small: 8.5, tiny: 7 },
  lineFactor: 1.3,
};

const mmPerPt = 25.4 / 72;
const cellPadding = 1.6;
const cellLineFactor = 1.15;
const headFill = 230;
const stripeFill = 245;

const textColour = 26;
/** Marks a wrapped cell line set in bold; pdfSafe has removed every control character from the text itself. */
const boldMark = '\u0001';
/** The room a bullet takes before its text, in millimetres. */
const bulletRoom = 4;
const mutedColour = 85;

export interface TextOptions {
  size?: number;
  bold?: boolean;
  muted?: boolean;
  indent?: number;
  /** A list item: a bullet at the indent, the text hanging beside it. */
  bullet?: boolean;
  /** Space after the paragraph, in millimetres. */
  after?: number;
}

/**
 * A cursor down the page: writes wrapped text and tables, and starts a new page before anything would cross the
 * bottom margin, so no text ever leaves the margins.
 */
export function createWriter(doc: InstanceType<typeof JsPdf>) {
  const { page, size } = layout;
  const width = page.width - 2 * page.margin;
  const lineHeight = (fontSize: number) => fontSize * mmPerPt * layout.lineFactor;
  const bottom = page.height - page.bottom;
  const cellLineHeight = size.small * mmPerPt * cellLineFactor;

  /** A table's columns fitted to its content, and how its cells wrap and how tall its rows are. */
  const measure = (table: TableModel) => {
    const widths = fitColumns(
      table,
      width,
      (text, bold) => {
        doc.setFont('helvetica', bold ? 'bold' : 'normal');
        doc.setFontSize(size.small);
        return doc.getTextWidth(pdfSafe(text));
      },
      2 * cellPadding + 0.5,
    );
    const split = (text: string, column: number, bold: boolean) => {
      doc.setFont('helvetica', bold ? 'bold' : 'normal');
      doc.setFontSize(size.small);
      return doc.splitTextToSize(pdfSafe(text), (widths[column] ?? 0) - 2 * cellPadding) as string[];
    };
    const wrap = (cells: string[], bold: boolean) =>
      cells.map((cell, i) => {
        if (cell === '') return [];
        if (bold || i !== table.titleColumn) return split(cell, i, bold);
        // A title line in bold, marked so the row is drawn line by line; the details under it in the body's font.
        const [title = '', ...rest] = cell.split('\n');
        const details = rest.join('\n');
        return [
          ...split(title, i, true).map((line) => `${boldMark}${line}`),
          ...(details ? split(details, i, false) : []),
        ];
      });
    const height = (lines: string[][]) => Math.max(1, ...lines.map((l) => l.length)) * cellLineHeight + 2 * cellPadding;
    const head = wrap(table.head, true);
    const room = bottom - page.margin - height(head);
    const first = table.body[0] ? height(wrap(table.body[0], false)) : 0;
    // What must fit below the cursor for the table to start here: the header with the first row (or, for a row
    // longer than a page, its first lines), so the header never stands alone at the foot of a page.
    const start = height(head) + (first <= room ? first : 3 * cellLineHeight + 2 * cellPadding);
    return { widths, wrap, height, head, room, start };
  };

  /**
   * Draws a table from the cursor at `left`: a grey header row, light stripes, text wrapped in its column. Rows
   * move whole to the next page, under a repeated header, unless one is taller than a page, which then continues
   * line by line. Returns where the table ends. (jspdf-autotable did this in half of the report's time.)
   */
  const draw = (table: TableModel, left: number): number => {
    const { widths, wrap, height, head, room, start } = measure(table);
    const total = widths.reduce((a, b) => a + b, 0);
    let y = writer.y;

    const drawRow = (lines: string[][], bold: boolean, fill: number | undefined) => {
      const rowHeight = height(lines);
      if (fill !== undefined) {
        doc.setFillColor(fill, fill, fill);
        doc.rect(left, y, total, rowHeight, 'F');
      }
      doc.setFont('helvetica', bold ? 'bold' : 'normal');
      doc.setFontSize(size.small);
      doc.setTextColor(textColour);
      let x = left;
      lines.forEach((cell, i) => {
        if (cell.some((line) => line.startsWith(boldMark))) {
          cell.forEach((line, n) => {
            const title = line.startsWith(boldMark);
            doc.setFont('helvetica', title || bold ? 'bold' : 'normal');
            doc.text(title ? line.slice(1) : line, x + cellPadding, y + cellPadding + n * cellLineHeight, {
              baseline: 'top',
            });
          });
          doc.setFont('helvetica', bold ? 'bold' : 'normal');
        } else if (cell.length > 0)
          doc.text(cell, x + cellPadding, y + cellPadding, { baseline: 'top', lineHeightFactor: cellLineFactor });
        x += widths[i] ?? 0;
      });
      y += rowHeight;
    };
    const newPage = () => {
      doc.addPage();
      y = page.margin;
      drawRow(head, true, headFill);
    };

    if (y + start > bottom) {
      doc.addPage();
      y = page.margin;
    }
    drawRow(head, true, headFill);
    table.body.forEach((cells, index) => {
      const fill = index % 2 === 0 ? stripeFill : undefined;
      let lines = wrap(cells, false);
      if (y + height(lines) > bottom && height(lines) <= room) newPage();
      // A row taller than a page: as many lines as fit, then the rest on the next page.
      while (y + height(lines) > bottom) {
        const fit = Math.max(1, Math.floor((bottom - y - 2 * cellPadding) / cellLineHeight));
        drawRow(
          lines.map((cell) => cell.slice(0, fit)),
          false,
          fill,
        );
        lines = lines.map((cell) => cell.slice(fit));
        newPage();
      }
      drawRow(lines, false, fill);
    });
    return y;
  };

  const writer = {
    y: page.margin,
    newPage() {
      doc.addPage();
      writer.y = page.margin;
    },
    ensure(height: number) {
      if (writer.y + height > page.height - page.bottom) writer.newPage();
    },
    text(text: string, options: TextOptions = {}) {
      const fontSize = options.size ?? size.body;
      const indent = (options.indent ?? 0) + (options.bullet ? bulletRoom : 0);
      doc.setFont('helvetica', options.bold ? 'bold' : 'normal');
      doc.setFontSize(fontSize);
      doc.setTextColor(options.muted ? mutedColour : textColour);
      const step = lineHeight(fontSize);
      // Wrap 3 % short of the margin: viewers measure Helvetica up to about 1.5 % wider than jsPDF does.
      const lines = doc.splitTextToSize(pdfSafe(text), (width - indent) * 0.97) as string[];
      for (const [index, line] of lines.entries()) {
        writer.ensure(step);
        if (options.bullet && index === 0)
          doc.text('•', page.margin + indent - bulletRoom, writer.y, { baseline: 'top' });
        doc.text(line, page.margin + indent, writer.y, { baseline: 'top' });
        writer.y += step;
      }
      writer.y += options.after ?? 2;
    },
    /** A chapter: starts a new page (or continues the page), carries a PDF bookmark, and records its page. */
    chapter(text: string, options: { newPage: boolean } = { newPage: true }) {
      if (options.newPage) writer.newPage();
      else {
        writer.ensure(lineHeight(size.h1) + 40);
        writer.y += 6;
      }
      const pageNumber = doc.getNumberOfPages();
      doc.outline.add(null, pdfSafe(text), { pageNumber });
      writer.chapters.push({ title: text, page: pageNumber });
      writer.text(text, { size: size.h1, bold: true, after: 4 });
    },
    chapters: [] as { title: string; page: number }[],
    /** A heading, kept with `keep` millimetres of what follows it (by default a few lines of text). */
    heading(text: string, level: 'h1' | 'h2', keep = 24) {
      writer.ensure(lineHeight(size[level]) + keep);
      writer.y += level === 'h1' ? 4 : 2;
      writer.text(text, { size: size[level], bold: true, after: 3 });
    },
    table(table: TableModel) {
      writer.y = draw(table, page.margin) + 6;
    },
    /** A heading and the table under it, kept together on a page. */
    headedTable(text: string, table: TableModel) {
      // The heading's own spacing (2 mm above, 3 below) comes on top of its line.
      writer.heading(text, 'h2', measure(table).start + 5);
      writer.table(table);
    },
  };
  return writer;
}

export type Writer = ReturnType<typeof createWriter>;
