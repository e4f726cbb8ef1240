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
  const lineHeight = (fontSize: number) => fontSize * mmPerPt * layout.lineFactor;

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
    heading(text: string, level: 'h1' | 'h2') {
      // Keep a heading with at least a few lines of what follows it.
      writer.ensure(lineHeight(size[level]) + 24);
      writer.y += level === 'h1' ? 4 : 2;
      writer.text(text, { size: size[level], bold: true, after: 3 });
    },
    table(table: TableModel, columnWidths: number[]) {
      autoTable(doc, {
        startY: writer.y,
        head: [table.head.map(pdfSafe)],
        body: table.body.map((row) => row.map(pdfSafe)),
        margin: { left: page.margin, right: page.margin, top: page.margin, bottom: page.bottom },
        styles: {
          font: 'helvetica',
          fontSize: size.small,
          cellPadding: 1.6,
          overflow: 'linebreak',
          textColor: textColour,
        },
        headStyles: { fillColor: [230, 230, 230], textColor: textColour, fontStyle: 'bold' },
        rowPageBreak: 'avoid',
        columnStyles: Object.fromEntries(columnWidths.map((cellWidth, i) => [i, { cellWidth }])),
      });
      const finalY = (doc as unknown as { lastAutoTable?: { finalY?: number } }).lastAutoTable?.finalY;
      writer.y = (finalY ?? writer.y) + 6;
    },
  };
  return writer;
}

export type Writer = ReturnType<typeof createWriter>;
