import type { jsPDF as JsPdf } from 'jspdf';
import type { autoTable as AutoTable } from 'jspdf-autotable';
import type { TableModel } from './model';
import { pdfSafe } from './text';

/** A4 in millimetres, with margins wide enough for binding and a running footer; font sizes in points. */
export const layout = {
  page: { width: 210, height: 297, margin: 20, bottom: 22 },
  size: { title: 24, h1: 16, h2: 12, body: 10, small: 8.5 },
  lineFactor: 1.3,
};

const mmPerPt = 25.4 / 72;
const cellPadding = 1.6;

/**
 * Column widths in which no header word has to break: a column narrower than its longest header word (plus padding)
 * is widened, and the width is taken from the columns with the most to spare. The total stays the same.
 */
export function fitHeaderWords(widths: number[], longestWord: number[], padding: number): number[] {
  const fitted = widths.map((w, i) => Math.max(w, (longestWord[i] ?? 0) + padding));
  let excess = fitted.reduce((a, b) => a + b, 0) - widths.reduce((a, b) => a + b, 0);
  while (excess > 0.01) {
    const spare = fitted.map((w, i) => w - ((longestWord[i] ?? 0) + padding));
    const widest = spare.indexOf(Math.max(...spare));
    if ((spare[widest] ?? 0) <= 0.01) break;
    const take = Math.min(excess, spare[widest] ?? 0);
    fitted[widest] = (fitted[widest] ?? 0) - take;
    excess -= take;
  }
  return fitted;
}
const textColour = 26;
const mutedColour = 85;

export interface TextOptions {
  size?: number;
  bold?: boolean;
  muted?: boolean;
  indent?: number;
  /** Space after the paragraph, in millimetres. */
  after?: number;
}

/**
 * A cursor down the page: writes wrapped text and tables, and starts a new page before anything would cross the
 * bottom margin, so no text ever leaves the margins.
 */
export function createWriter(doc: InstanceType<typeof JsPdf>, autoTable: typeof AutoTable) {
  const { page, size } = layout;
  const width = page.width - 2 * page.margin;
  // jspdf-autotable asks for the font list each time it styles a cell, and jsPDF builds the list afresh on every
  // call: a sixth of the report's time in Chromium. The report adds no fonts, so the list never changes.
  const fontList = doc.getFontList();
  doc.getFontList = () => fontList;
  const lineHeight = (fontSize: number) => fontSize * mmPerPt * layout.lineFactor;

  /** Draws a table from the cursor at `left`, breaking between rows across pages; returns where it ends. */
  const draw = (table: TableModel, columnWidths: number[], left: number): number => {
    doc.setFont('helvetica', 'bold');
    doc.setFontSize(size.small);
    const widths = fitHeaderWords(
      columnWidths,
      table.head.map((heading) =>
        Math.max(
          ...pdfSafe(heading)
            .split(/\s+/)
            .map((word) => doc.getTextWidth(word)),
        ),
      ),
      2 * cellPadding + 0.5,
    );
    const right = page.width - left - widths.reduce((a, b) => a + b, 0);
    autoTable(doc, {
      startY: writer.y,
      head: [table.head.map(pdfSafe)],
      body: table.body.map((row) => row.map(pdfSafe)),
      margin: { left, right, top: page.margin, bottom: page.bottom },
      styles: { font: 'helvetica', fontSize: size.small, cellPadding, overflow: 'linebreak', textColor: textColour },
      headStyles: { fillColor: [230, 230, 230], textColor: textColour, fontStyle: 'bold' },
      rowPageBreak: 'avoid',
      columnStyles: Object.fromEntries(widths.map((cellWidth, i) => [i, { cellWidth }])),
    });
    return (doc as unknown as { lastAutoTable?: { finalY?: number } }).lastAutoTable?.finalY ?? writer.y;
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
      const indent = options.indent ?? 0;
      doc.setFont('helvetica', options.bold ? 'bold' : 'normal');
      doc.setFontSize(fontSize);
      doc.setTextColor(options.muted ? mutedColour : textColour);
      const step = lineHeight(fontSize);
      // Wrap 3 % short of the margin: viewers measure Helvetica up to about 1.5 % wider than jsPDF does.
      for (const line of doc.splitTextToSize(pdfSafe(text), (width - indent) * 0.97) as string[]) {
        writer.ensure(step);
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
    heading(text: string, level: 'h1' | 'h2') {
      // Keep a heading with at least a few lines of what follows it.
      writer.ensure(lineHeight(size[level]) + 24);
      writer.y += level === 'h1' ? 4 : 2;
      writer.text(text, { size: size[level], bold: true, after: 3 });
    },
    table(table: TableModel, columnWidths: number[]) {
      writer.y = draw(table, columnWidths, page.margin) + 6;
    },
    /** Two tables beside each other, both from the current position; the cursor moves below the longer. */
    tablesSideBySide(left: [TableModel, number[]], right: [TableModel, number[]], gap = 6) {
      const leftWidth = left[1].reduce((a, b) => a + b, 0);
      const top = writer.y;
      const leftEnd = draw(left[0], left[1], page.margin);
      const leftPage = doc.getNumberOfPages();
      writer.y = top;
      const rightEnd = draw(right[0], right[1], page.margin + leftWidth + gap);
      writer.y = (doc.getNumberOfPages() === leftPage ? Math.max(leftEnd, rightEnd) : rightEnd) + 6;
    },
  };
  return writer;
}

export type Writer = ReturnType<typeof createWriter>;
