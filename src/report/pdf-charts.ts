import type { jsPDF as JsPdf } from 'jspdf';
import { barRows, chartMetrics, distributionRows } from '../charts/geometry';
import { formatPercent } from '../format/locale';
import type { ChartModel, NationalLegend, NationalModel } from './blocks';
import { pdfSafe } from './text';
import { layout, type Writer } from './writer';

type Doc = InstanceType<typeof JsPdf>;
type Rgb = [number, number, number];

const { page, size } = layout;
const contentWidth = page.width - 2 * page.margin;
// Chart geometry is in the app's SVG units; the PDF scales it to the text width.
const scale = contentWidth / chartMetrics.width;
// Bar charts are drawn a fifth flatter than on screen, so the results chapter's three fit on about a page.
const barYScale = scale * 0.8;
const shade = { text: 26, muted: 85, track: 240 };
// Right-aligned text ends a little inside the margin: viewers measure Helvetica up to 1.5 % wider than jsPDF does.
const rightEdge = page.margin + contentWidth - 1.5;
/** Pressure in a dark orange, maturity in blue: apart for every kind of colour vision, and each named in words. */
const polarityFill: Record<ChartModel['polarity'], Rgb> = { pressure: [178, 80, 0], maturity: [0, 89, 179] };
// The screen's colours for the national bands (src/styles/charts.css), so the printed chart reads like the page.
const bandFill: Record<'high' | 'some' | 'rest' | 'low', Rgb> = {
  high: [0, 73, 147],
  some: [122, 167, 217],
  rest: [208, 208, 208],
  low: [230, 238, 247],
};

/** The chart's title, and on the same line, right, which way is good: in the bars' colour, beside a swatch of it. */
function chartTitle(doc: Doc, w: Writer, chart: ChartModel) {
  const y = w.y;
  w.text(chart.title, { size: size.h2, bold: true, after: 1 });
  doc.setFont('helvetica', 'bold');
  doc.setFontSize(size.small);
  doc.setTextColor(...polarityFill[chart.polarity]);
  const direction = pdfSafe(chart.direction);
  const right = rightEdge;
  doc.text(direction, right, y + 1, { baseline: 'top', align: 'right' });
  doc.setFillColor(...polarityFill[chart.polarity]);
  doc.rect(right - doc.getTextWidth(direction) - 5, y + 1, 3.5, 3.5, 'F');
}

/** A 0-100 axis under the bars, so the scale is read where the bars end. */
function axis(doc: Doc, x0: number, y: number) {
  const length = (chartMetrics.width - chartMetrics.valueWidth) * scale;
  doc.setDrawColor(120);
  doc.setLineWidth(0.2);
  doc.line(x0, y, x0 + length, y);
  doc.setFont('helvetica', 'normal');
  doc.setFontSize(size.tiny);
  doc.setTextColor(shade.muted);
  for (const tick of [0, 25, 50, 75, 100]) {
    const x = x0 + (tick / 100) * length;
    doc.line(x, y, x, y + 1);
    doc.text(String(tick), x, y + 3.8, { align: tick === 0 ? 'left' : tick === 100 ? 'right' : 'center' });
  }
}

/**
 * Bars of 0-100 scores in the colour of their polarity, the value beside each. Right of each label, where the
 * section stands beside the national figures and the organisation's own target, which a dark line marks on the bar.
 */
export function barChart(doc: Doc, w: Writer, chart: ChartModel) {
  const { rows, box, scale: perPoint } = barRows(chart.rows);
  w.ensure(24 + box.height * barYScale);
  chartTitle(doc, w, chart);
  w.text(chart.description, { size: size.small, muted: true, after: 3 });
  const top = w.y;
  const x0 = page.margin;
  const right = rightEdge;
  const track = (chartMetrics.width - chartMetrics.valueWidth) * scale;
  const barHeight = chartMetrics.barHeight * barYScale;
  for (const [index, row] of rows.entries()) {
    const labelY = top + row.labelY * barYScale;
    const barY = top + row.barY * barYScale;
    const model = chart.rows[index];
    doc.setFontSize(size.small);
    doc.setTextColor(shade.text);
    doc.setFont('helvetica', 'normal');
    const aside = pdfSafe([model?.national, model?.target?.text].filter(Boolean).join(' · '));
    const asideWidth = aside ? doc.getTextWidth(aside) + 3 : 0;
    // The label gives way to what stands beside it: cut to one line in the room that is left.
    const [label = ''] = doc.splitTextToSize(pdfSafe(row.label), contentWidth - asideWidth) as string[];
    doc.text(label, x0, labelY);
    if (aside) doc.text(aside, right, labelY, { align: 'right' });
    doc.setFillColor(shade.track, shade.track, shade.track);
    doc.setDrawColor(190);
    doc.setLineWidth(0.2);
    doc.rect(x0, barY, track, barHeight, 'FD');
    if (row.barWidth > 0) {
      doc.setFillColor(...polarityFill[chart.polarity]);
      doc.rect(x0, barY, row.barWidth * scale, barHeight, 'F');
    }
    if (model?.target) {
      const x = x0 + Math.max(0, Math.min(100, model.target.value)) * perPoint * scale;
      doc.setDrawColor(shade.text);
      doc.setLineWidth(0.8);
      doc.line(x, barY - 1, x, barY + barHeight + 1);
    }
    // The values in a column right of the bars, clear of a target's line.
    doc.setFont('helvetica', 'bold');
    doc.text(pdfSafe(row.valueText), right, barY + barHeight - 1.4, { align: 'right' });
  }
  axis(doc, x0, top + box.height * barYScale - 0.5);
  w.y = top + box.height * barYScale + 8;
}

/** Swatches in the chart's colours, each with its band's name, wrapped across the text width. */
export function legend(doc: Doc, w: Writer, labels: NationalLegend) {
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
  // The marker's label in brackets where it differs from the band's ("Jeres svar (I)"), else once.
  doc.text(pdfSafe(labels.own === labels.you ? labels.own : `${labels.own} (${labels.you})`), x + 5, w.y + 2.9);
  doc.setLineWidth(0.2);
  w.y += 9;
}
export function nationalChart(doc: Doc, w: Writer, national: NationalModel, you: string, language: string) {
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
