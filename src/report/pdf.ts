import type { jsPDF as JsPdf } from 'jspdf';
import type { ReportModel } from './blocks';
import { drawBlock } from './pdf-blocks';
import { pdfSafe } from './text';
import { createWriter, layout, type Writer } from './writer';

type Doc = InstanceType<typeof JsPdf>;

const { page, size } = layout;
const contentWidth = page.width - 2 * page.margin;
const muted = 85;
/** The running footer's lines, from the top of the page: the page line, and the fingerprint under it. */
const footerLines = { page: page.height - 13.5, fingerprint: page.height - 9.5 };

/**
 * Lays the report out on A4 pages with jsPDF: a cover with the contents, then each chapter's blocks, each chapter
 * bookmarked. Text stays text, charts are vectors, tables break between rows.
 */
export function renderReport(model: ReportModel, JsPdfClass: typeof JsPdf): Doc {
  const doc = new JsPdfClass({ unit: 'mm', format: 'a4', compress: true });
  doc.setProperties({ title: pdfSafe(model.title), subject: pdfSafe(model.cover.what), creator: 'Parat' });
  doc.setLanguage(model.language as Parameters<Doc['setLanguage']>[0]);
  doc.setDisplayMode('fullwidth', 'continuous', 'UseOutlines');
  const w = createWriter(doc);

  const contentsY = cover(doc, w, model);
  for (const chapter of model.chapters) {
    w.chapter(chapter.title, { newPage: chapter.newPage });
    for (const block of chapter.blocks) drawBlock(doc, w, block, model.language);
  }

  contents(doc, w.chapters, contentsY);
  footers(doc, model.footer, model.fingerprint);
  return doc;
}

const contentsLine = 6.5;
/** Room on the cover for this many chapters: every chapter the report can have. */
const contentsRoom = 11;

/** The cover: what the report is, for whom and when, room for the contents, and where the accessible version is. */
function cover(doc: Doc, w: Writer, model: ReportModel): number {
  const { cover } = model;
  doc.setFillColor(0, 73, 147);
  doc.rect(0, 0, page.width, 12, 'F');
  w.y = page.margin + 8;
  w.text(cover.kicker, { size: size.h2, muted: true, after: 3 });
  w.text(cover.name, { size: size.title, bold: true, after: 4 });
  w.text(cover.what, { size: size.h2, after: 10 });
  for (const { label, value } of cover.facts) {
    w.text(label, { size: size.small, muted: true, after: 0.5 });
    w.text(value, { size: size.h2, after: 5 });
  }
  w.y += 4;
  w.text(cover.contents, { size: size.h2, bold: true, after: 2 });
  const contentsY = w.y;
  // The contents are written once every chapter's page is known; the accessibility note goes below their room.
  doc.setFontSize(size.small);
  const note = doc.splitTextToSize(pdfSafe(cover.accessibility), contentWidth * 0.97) as string[];
  w.y = Math.max(contentsY + contentsRoom * contentsLine + 6, page.height - page.bottom - note.length * 4.5 - 4);
  w.text(cover.accessibility, { size: size.small, muted: true });
  return contentsY;
}

function contents(doc: Doc, chapters: { title: string; page: number }[], top: number) {
  doc.setPage(1);
  doc.setFont('helvetica', 'normal');
  doc.setFontSize(size.body);
  doc.setTextColor(26);
  chapters.forEach((chapter, index) => {
    const y = top + index * contentsLine;
    doc.text(pdfSafe(chapter.title), page.margin, y, { baseline: 'top' });
    doc.text(String(chapter.page), page.margin + contentWidth, y, { baseline: 'top', align: 'right' });
    // A link from the line to its page, as a reader of a PDF expects of a table of contents.
    doc.link(page.margin, y, contentWidth, contentsLine - 1, { pageNumber: chapter.page });
  });
}

/** Page numbers and the running footer, written once the page count is known; the fingerprint on a line below. */
function footers(doc: Doc, template: string, fingerprint: string | undefined) {
  const pages = doc.getNumberOfPages();
  for (let n = 1; n <= pages; n += 1) {
    doc.setPage(n);
    doc.setFont('helvetica', 'normal');
    doc.setFontSize(size.small);
    doc.setTextColor(muted);
    const text = pdfSafe(template.replace('{page}', String(n)).replace('{pages}', String(pages)));
    const [line = ''] = doc.splitTextToSize(text, contentWidth) as string[];
    doc.text(line, page.margin, footerLines.page);
    if (fingerprint) {
      doc.setFontSize(size.tiny);
      doc.text(pdfSafe(fingerprint), page.margin, footerLines.fingerprint);
    }
  }
}
