import type { jsPDF as JsPdf } from 'jspdf';
import { barRows, chartMetrics, distributionRows } from '../charts/geometry';
import type { ChartModel, NationalModel, RecommendationModel, ReportModel } from './model';
import { formatPercent } from '../format/locale';
import { pdfSafe } from './text';
import { createWriter, layout, type Writer } from './writer';

type Doc = InstanceType<typeof JsPdf>;

const { page, size } = layout;
const contentWidth = page.width - 2 * page.margin;
// Chart geometry is in the app's SVG units; the PDF scales it to the text width.
const scale = contentWidth / chartMetrics.width;
const shade = { text: 26, muted: 85, track: 240 };
// The screen's colours for the national bands (styles.css), so the printed chart reads like the page.
const bandFill: Record<'high' | 'some' | 'rest' | 'low', [number, number, number]> = {
  high: [0, 73, 147],
  some: [122, 167, 217],
  rest: [208, 208, 208],
  low: [230, 238, 247],
};

/**
 * Lays the report out on A4 pages with jsPDF: a cover with the contents, a one-page summary for management, a short
 * body and the appendices, each chapter bookmarked. Text stays text, charts are vectors, tables break between rows.
 */
export function renderReport(model: ReportModel, JsPdfClass: typeof JsPdf): Doc {
  const doc = new JsPdfClass({ unit: 'mm', format: 'a4', compress: true });
  doc.setProperties({ title: pdfSafe(model.title), subject: pdfSafe(model.cover.what), creator: 'Parat' });
  doc.setLanguage(model.language as Parameters<Doc['setLanguage']>[0]);
  doc.setDisplayMode('fullwidth', 'continuous', 'UseOutlines');
  const w = createWriter(doc);

  const contentsY = cover(doc, w, model);

  summary(w, model.summary);

  if (model.plan) {
    w.chapter(model.plan.heading);
    w.text(model.plan.lead, { after: 3 });
    w.table(model.plan.table, [10, 70, 36, 26, 28]);
    w.heading(model.plan.detailsHeading, 'h2');
    for (const line of model.plan.details) w.text(line, { indent: 3, after: 1.5 });
  }

  if (model.workshop) {
    w.chapter(model.workshop.heading);
    w.text(model.workshop.intro, { after: 3 });
    w.table(model.workshop.table, [46, 26, 28, 22, 26, 22]);
    w.heading(model.workshop.discussionHeading, 'h2');
    for (const line of model.workshop.discussion) w.text(`• ${line}`, { indent: 3, after: 1 });
  }

  w.chapter(model.charts.heading);
  for (const chart of model.charts.charts) barChart(doc, w, chart);

  if (model.national) {
    w.chapter(model.national.heading, { newPage: false });
    w.text(model.national.intro, { after: 2 });
    legend(doc, w, model.national.legend);
    for (const area of model.national.areas) nationalChart(doc, w, area, model.national.legend.you, model.language);
  }

  if (model.firstSteps) {
    w.chapter(model.firstSteps.heading, { newPage: false });
    w.text(model.firstSteps.lead, { after: 4 });
    for (const r of model.firstSteps.recommendations) recommendation(w, r);
  }

  if (model.changes) {
    w.chapter(model.changes.heading, { newPage: false });
    w.text(model.changes.against, { after: 3 });
    w.table(model.changes.table, [80, 25, 25, 40]);
    if (model.changes.progress) {
      const { progress } = model.changes;
      w.heading(progress.heading, 'h2');
      w.text(progress.lead, { after: 1.5 });
      w.text(progress.done, { bold: true, after: 2 });
      w.table(progress.table, [60, 35, 75]);
    }
    w.heading(model.changes.questionsHeading, 'h2');
    for (const line of model.changes.questions) w.text(`• ${line}`, { indent: 3, after: 1 });
  }

  if (model.otherRecommendations) {
    w.chapter(model.otherRecommendations.heading);
    w.text(model.otherRecommendations.lead, { after: 4 });
    for (const r of model.otherRecommendations.recommendations) recommendation(w, r);
  }

  w.chapter(model.answers.heading);
  for (const section of model.answers.sections) {
    w.headedTable(section.title, section, [80, 30, 60]);
  }

  w.chapter(model.method.heading);
  for (const paragraph of model.method.paragraphs) w.text(paragraph, { after: 3 });

  contents(doc, w.chapters, contentsY);
  footers(doc, model.footer);
  return doc;
}

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
  const room = 9 * contentsLine;
  doc.setFontSize(size.small);
  const note = doc.splitTextToSize(pdfSafe(cover.accessibility), contentWidth * 0.97) as string[];
  w.y = Math.max(contentsY + room + 6, page.height - page.bottom - note.length * 4.5 - 4);
  w.text(cover.accessibility, { size: size.small, muted: true });
  return contentsY;
}

const contentsLine = 6.5;

function contents(doc: Doc, chapters: { title: string; page: number }[], top: number) {
  doc.setPage(1);
  doc.setFont('helvetica', 'normal');
  doc.setFontSize(size.body);
  doc.setTextColor(shade.text);
  chapters.forEach((chapter, index) => {
    const y = top + index * contentsLine;
    doc.text(pdfSafe(chapter.title), page.margin, y, { baseline: 'top' });
    doc.text(String(chapter.page), page.margin + contentWidth, y, { baseline: 'top', align: 'right' });
    // A link from the line to its page, as a reader of a PDF expects of a table of contents.
    doc.link(page.margin, y, contentWidth, contentsLine - 1, { pageNumber: chapter.page });
  });
}

/** The management summary: the verdict, the scores beside the national figure, and the first five steps. */
function summary(w: Writer, s: ReportModel['summary']) {
  w.chapter(s.heading);
  const { verdict } = s;
  if (verdict.caution) w.text(verdict.caution, { bold: true, after: 2 });
  if (verdict.change) w.text(verdict.change, { after: 2 });
  w.text(verdict.barriers, { after: 2 });
  if (verdict.areas.length > 0) {
    w.text(s.areasLead, { after: 1.5 });
    for (const area of verdict.areas) {
      w.text(`• ${area.title}, ${area.score}. ${area.sentences.join(' ')}`, { indent: 3, after: 1.5 });
    }
  }
  w.text(verdict.basis, { after: 3 });
  w.tablesSideBySide([s.pressure, [52, 22]], [s.maturity, [42, 24, 24]]);
  w.heading(s.actionsHeading, 'h2');
  w.text(s.actionsLead, { size: size.small, muted: true, after: 2 });
  w.table(s.actions, [12, 88, 40, 30]);
}

function recommendation(w: Writer, r: RecommendationModel) {
  w.ensure(30);
  w.text(r.title, { size: size.h2, bold: true, after: 1 });
  w.text(r.tags, { size: size.small, muted: true, after: 2 });
  // The three parts under their own labels: the report's words, Parat's suggestion, Parat's mapping.
  w.text(r.reportLabel, { bold: true, after: 1 });
  w.text(r.about, { after: 1 });
  if (r.status) w.text(r.status, { after: 1 });
  w.text(r.source, { size: size.small, muted: true, after: 2.5 });
  // Parat's dated addition after the report's source, with its own, so the one is not read as the other's source.
  if (r.update) {
    w.text(r.update.label, { bold: true, after: 1 });
    w.text(r.update.text, { after: 1 });
    w.text(r.update.source, { size: size.small, muted: true, after: 2.5 });
  }
  w.text(r.suggestionLabel, { bold: true, after: 1 });
  w.text(r.action, { after: 2.5 });
  w.text(r.whyLabel, { bold: true, after: 1 });
  w.text(r.mapping, { size: size.small, muted: true, after: 1 });
  for (const why of r.why) w.text(`• ${why}`, { indent: 3, after: 0.5 });
  w.y += 5;
}

function barChart(doc: Doc, w: Writer, chart: ChartModel) {
  const { rows, box } = barRows(chart.rows);
  w.ensure(16 + box.height * scale);
  w.text(chart.title, { size: size.h2, bold: true, after: 1 });
  w.text(chart.description, { size: size.small, muted: true, after: 3 });
  const top = w.y;
  const x0 = page.margin;
  doc.setFontSize(size.small);
  for (const row of rows) {
    doc.setFont('helvetica', 'normal');
    doc.setTextColor(shade.text);
    doc.text(pdfSafe(row.label), x0, top + row.labelY * scale);
    doc.setFillColor(shade.track, shade.track, shade.track);
    doc.setDrawColor(190);
    doc.setLineWidth(0.2);
    const barY = top + row.barY * scale;
    const barHeight = chartMetrics.barHeight * scale;
    doc.rect(x0, barY, (chartMetrics.width - chartMetrics.valueWidth) * scale, barHeight, 'FD');
    if (row.barWidth > 0) {
      doc.setFillColor(0, 89, 179);
      doc.rect(x0, barY, row.barWidth * scale, barHeight, 'F');
    }
    doc.setFont('helvetica', 'bold');
    doc.text(pdfSafe(row.valueText), x0 + row.valueX * scale, barY + barHeight - 1.6);
  }
  w.y = top + box.height * scale + 6;
}

/** Swatches in the chart's colours, each with its band's name, wrapped across the text width. */
function legend(doc: Doc, w: Writer, labels: NonNullable<ReportModel['national']>['legend']) {
  const entries = [
    { fill: bandFill.high, label: labels.high },
    { fill: bandFill.some, label: labels.some },
    { fill: bandFill.rest, label: labels.rest },
    { fill: bandFill.low, label: labels.low },
  ];
  doc.setFont('helvetica', 'normal');
  doc.setFontSize(size.small);
  doc.setTextColor(shade.text);
  doc.setDrawColor(120);
  doc.setLineWidth(0.2);
  w.ensure(16);
  let x = page.margin;
  for (const entry of entries) {
    const lines = doc.splitTextToSize(pdfSafe(entry.label), contentWidth - 6) as string[];
    const width = 5 + Math.max(...lines.map((line) => doc.getTextWidth(line)));
    if (x > page.margin && x + width > page.margin + contentWidth) {
      x = page.margin;
      w.y += 5;
    }
    doc.setFillColor(...entry.fill);
    doc.rect(x, w.y, 3.5, 3.5, 'FD');
    lines.forEach((line, i) => doc.text(line, x + 5, w.y + 2.9 + i * 3.8));
    if (lines.length > 1) {
      w.y += (lines.length - 1) * 3.8;
      x = page.margin + contentWidth;
    } else x += width + 6;
  }
  // The organisation's own band: outlined and marked, so the chart never rests on colour alone.
  if (x > page.margin && x + 30 > page.margin + contentWidth) {
    x = page.margin;
    w.y += 5;
  }
  doc.setFillColor(255, 255, 255);
  doc.setDrawColor(0);
  doc.setLineWidth(0.7);
  doc.rect(x, w.y, 3.5, 3.5, 'FD');
  doc.text(pdfSafe(`${labels.own} (${labels.you})`), x + 5, w.y + 2.9);
  doc.setLineWidth(0.2);
  w.y += 9;
}

function nationalChart(doc: Doc, w: Writer, national: NationalModel, you: string, language: string) {
  const { rows, box, barHeight, markerGap } = distributionRows(national.items);
  const rowHeight = (box.height / Math.max(rows.length, 1)) * scale;
  w.ensure(10 + 2 * rowHeight);
  w.text(national.title, { size: size.h2, bold: true, after: 3 });
  for (const [index, row] of rows.entries()) {
    w.ensure(rowHeight);
    // Each row is drawn at the writer's position, so rows can move on to the next page one by one.
    const top = w.y - index * rowHeight;
    const labelY = top + row.labelY * scale;
    const standing = national.items[index]?.standing;
    doc.setFontSize(size.small);
    doc.setTextColor(shade.text);
    doc.setFont('helvetica', 'bold');
    const standingText = standing ? pdfSafe(standing) : '';
    const standingWidth = standingText ? doc.getTextWidth(standingText) + 3 : 0;
    if (standingText) doc.text(standingText, page.margin + contentWidth, labelY, { align: 'right' });
    doc.setFont('helvetica', 'normal');
    const [label = ''] = doc.splitTextToSize(pdfSafe(row.label), contentWidth - standingWidth) as string[];
    doc.text(label, page.margin, labelY);
    const barY = top + row.barY * scale;
    for (const segment of row.segments) {
      const x = page.margin + segment.x * scale;
      const width = segment.width * scale;
      doc.setFillColor(...bandFill[segment.band]);
      doc.setDrawColor(segment.own ? 0 : 255);
      doc.setLineWidth(segment.own ? 0.7 : 0.1);
      doc.rect(x, barY, width, barHeight * scale, segment.own ? 'FD' : 'F');
      if (width >= 9) {
        // White on the dark band, dark on the light ones: readable on each.
        doc.setTextColor(segment.band === 'high' ? 255 : shade.text);
        doc.text(pdfSafe(formatPercent(segment.share, language)), x + 1.2, barY + barHeight * scale - 1.6);
      }
      if (segment.own) {
        const cx = x + width / 2;
        const ty = barY + barHeight * scale + 0.8;
        doc.setFillColor(shade.text, shade.text, shade.text);
        doc.triangle(cx - 1.3, ty + 2.2, cx + 1.3, ty + 2.2, cx, ty, 'F');
        doc.setTextColor(shade.text);
        // The label goes right of the marker, or left of it where it would pass the right margin.
        const label = pdfSafe(you);
        const labelWidth = doc.getTextWidth(label);
        const right = cx + 2 + labelWidth > page.margin + contentWidth;
        doc.text(label, right ? cx - 2 - labelWidth : cx + 2, barY + (barHeight + markerGap) * scale);
      }
    }
    doc.setLineWidth(0.2);
    w.y += rowHeight;
  }
  const sectorNotes = national.items.flatMap((item) => (item.sectorNote ? [item.sectorNote] : []));
  if (sectorNotes.length > 0) w.y += 3;
  for (const note of sectorNotes) w.text(note, { after: 2 });
  w.y += 4;
}

/** Page numbers and the running footer, written once the page count is known. */
function footers(doc: Doc, template: string) {
  const pages = doc.getNumberOfPages();
  for (let n = 1; n <= pages; n += 1) {
    doc.setPage(n);
    doc.setFont('helvetica', 'normal');
    doc.setFontSize(size.small);
    doc.setTextColor(shade.muted);
    const text = pdfSafe(template.replace('{page}', String(n)).replace('{pages}', String(pages)));
    const [line = ''] = doc.splitTextToSize(text, contentWidth) as string[];
    doc.text(line, page.margin, page.height - 10);
  }
}
