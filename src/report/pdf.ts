import type { jsPDF as JsPdf } from 'jspdf';
import type { autoTable as AutoTable } from 'jspdf-autotable';
import { barRows, chartMetrics, distributionRows } from '../charts/geometry';
import type { ChartModel, NationalModel, ReportModel } from './model';
import { pdfSafe } from './text';
import { createWriter, layout, type Writer } from './writer';

type Doc = InstanceType<typeof JsPdf>;

const { page, size } = layout;
const contentWidth = page.width - 2 * page.margin;
// Chart geometry is in the app's SVG units; the PDF scales it to the text width.
const scale = contentWidth / chartMetrics.width;
const shade = { text: 26, muted: 85, track: 240, high: 40, some: 130, rest: 190, low: 228 };

/** Lays the report out on A4 pages with jsPDF: text stays text, charts are vectors, tables break between rows. */
export function renderReport(model: ReportModel, JsPdfClass: typeof JsPdf, autoTable: typeof AutoTable): Doc {
  const doc = new JsPdfClass({ unit: 'mm', format: 'a4', compress: true });
  doc.setProperties({ title: pdfSafe(model.title), subject: pdfSafe(model.subtitle), creator: 'Parat' });
  doc.setLanguage(model.language as Parameters<Doc['setLanguage']>[0]);
  const w = createWriter(doc, autoTable);

  cover(doc, w, model);
  w.newPage();

  w.heading(model.headings.summary, 'h1');
  for (const sentence of model.summary) w.text(sentence, { after: 3 });

  if (model.workshop) {
    w.heading(model.workshop.heading, 'h1');
    w.text(model.workshop.intro, { after: 3 });
    w.table(model.workshop.table, [60, 26, 24, 30, 30]);
    w.heading(model.workshop.discussionHeading, 'h2');
    for (const line of model.workshop.discussion) w.text(`• ${line}`, { indent: 3, after: 1 });
  }

  w.heading(model.headings.charts, 'h1');
  for (const chart of model.charts) barChart(doc, w, chart);
  for (const national of model.national) nationalChart(doc, w, national, model.legend);

  w.heading(model.headings.scores, 'h1');
  w.table(model.scores, [56, 34, 24, 18, 20, 18]);

  if (model.changes) {
    w.heading(model.changes.heading, 'h1');
    w.text(model.changes.against, { after: 3 });
    w.table(model.changes.table, [80, 30, 30, 30]);
    w.heading(model.changes.questionsHeading, 'h2');
    for (const line of model.changes.questions) w.text(`• ${line}`, { indent: 3, after: 1 });
  }

  w.newPage();
  w.heading(model.headings.recommendations, 'h1');
  for (const r of model.recommendations) {
    if (r.startHere) w.heading(r.startHere, 'h2');
    if (r.rest) w.heading(r.rest, 'h2');
    w.ensure(30);
    w.text(r.title, { size: size.h2, bold: true, after: 1 });
    w.text(r.tags, { size: size.small, muted: true, after: 2 });
    // The three parts under their own labels: the report's words, Parat's suggestion, Parat's mapping.
    w.text(r.reportLabel, { bold: true, after: 1 });
    w.text(r.about, { after: 1 });
    if (r.status) w.text(r.status, { after: 1 });
    if (r.update) w.text(`${r.updateLabel} ${r.update}`, { after: 1 });
    w.text(r.source, { size: size.small, muted: true, after: 2.5 });
    w.text(r.suggestionLabel, { bold: true, after: 1 });
    w.text(r.action, { after: 2.5 });
    w.text(r.whyLabel, { bold: true, after: 1 });
    w.text(r.mapping, { size: size.small, muted: true, after: 1 });
    for (const why of r.why) w.text(`• ${why}`, { indent: 3, after: 0.5 });
    w.y += 5;
  }

  w.newPage();
  w.heading(model.headings.answers, 'h1');
  for (const section of model.answers) {
    w.heading(section.title, 'h2');
    w.table(section, [80, 30, 60]);
  }

  w.newPage();
  w.heading(model.headings.method, 'h1');
  for (const paragraph of model.method) w.text(paragraph, { after: 3 });

  footers(doc, model.footer);
  return doc;
}

function cover(doc: Doc, w: Writer, model: ReportModel) {
  doc.setFillColor(0, 73, 147);
  doc.rect(0, 0, page.width, 12, 'F');
  w.y = page.margin + 10;
  w.text('Parat', { size: size.title, bold: true, after: 4 });
  w.text(model.title, { size: size.h1, bold: true, after: 3 });
  w.text(model.subtitle, { muted: true, after: 12 });
  for (const { label, value } of model.cover) {
    w.text(label, { size: size.small, muted: true, after: 0.5 });
    w.text(value, { size: size.h2, after: 5 });
  }
  w.y += 8;
  w.text(model.accessibilityNote, { size: size.small, muted: true });
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

function nationalChart(doc: Doc, w: Writer, national: NationalModel, legend: ReportModel['legend']) {
  const { rows, box, barHeight, markerGap } = distributionRows(national.items);
  const rowHeight = (box.height / Math.max(rows.length, 1)) * scale;
  const fills = { high: shade.high, some: shade.some, rest: shade.rest, low: shade.low };
  w.ensure(16 + 3 * rowHeight);
  w.text(national.title, { size: size.h2, bold: true, after: 1 });
  w.text(`${legend.high} | ${legend.some} | ${legend.rest} | ${legend.low}. ${legend.own}: ${legend.you}`, {
    size: size.small,
    muted: true,
    after: 3,
  });
  for (const [index, row] of rows.entries()) {
    w.ensure(rowHeight);
    // Each row is drawn at the writer's position, so rows can move on to the next page one by one.
    const top = w.y - index * rowHeight;
    doc.setFont('helvetica', 'normal');
    doc.setFontSize(size.small);
    doc.setTextColor(shade.text);
    doc.text(pdfSafe(row.label), page.margin, top + row.labelY * scale);
    const barY = top + row.barY * scale;
    for (const segment of row.segments) {
      const x = page.margin + segment.x * scale;
      const width = segment.width * scale;
      doc.setFillColor(fills[segment.band], fills[segment.band], fills[segment.band]);
      doc.setDrawColor(segment.own ? 0 : fills[segment.band]);
      doc.setLineWidth(segment.own ? 0.7 : 0.1);
      doc.rect(x, barY, width, barHeight * scale, segment.own ? 'FD' : 'F');
      if (width >= 9) {
        doc.setTextColor(segment.band === 'high' ? 255 : shade.text);
        doc.text(`${segment.share} %`, x + 1.2, barY + barHeight * scale - 1.6);
      }
      if (segment.own) {
        const cx = x + width / 2;
        const ty = barY + barHeight * scale + 0.8;
        doc.setFillColor(shade.text, shade.text, shade.text);
        doc.triangle(cx - 1.3, ty + 2.2, cx + 1.3, ty + 2.2, cx, ty, 'F');
        doc.setTextColor(shade.text);
        // The label goes right of the marker, or left of it where it would pass the right margin.
        const label = pdfSafe(legend.you);
        const labelWidth = doc.getTextWidth(label);
        const right = cx + 2 + labelWidth > page.margin + contentWidth;
        doc.text(label, right ? cx - 2 - labelWidth : cx + 2, barY + (barHeight + markerGap) * scale);
      }
    }
    doc.setLineWidth(0.2);
    w.y += rowHeight;
  }
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
