import type { jsPDF as JsPdf } from 'jspdf';
import { markerPolygon, trendGeometry, trendMetrics } from '../charts/trend-geometry';
import type { TrendChartModel } from './blocks';
import { pdfSafe } from './text';
import { layout, type Writer } from './writer';

type Doc = InstanceType<typeof JsPdf>;

const { page, size } = layout;
const contentWidth = page.width - 2 * page.margin;
// The app's SVG units scaled to the text width, as the bar charts are.
const scale = contentWidth / trendMetrics.width;
const rgb = (hex: string): [number, number, number] => [
  parseInt(hex.slice(1, 3), 16),
  parseInt(hex.slice(3, 5), 16),
  parseInt(hex.slice(5, 7), 16),
];
const dash = (pattern: string) => (pattern ? pattern.split(' ').map((d) => Number(d) * scale) : []);

/** A closed polygon, filled: the marker of a point, in the same shape as on screen. */
function polygon(doc: Doc, points: [number, number][]) {
  const [first, ...rest] = points;
  if (!first) return;
  let [px, py] = first;
  const deltas = rest.map(([x, y]): [number, number] => {
    const delta: [number, number] = [x - px, y - py];
    [px, py] = [x, y];
    return delta;
  });
  doc.lines(deltas, first[0], first[1], [1, 1], 'F', true);
}

/**
 * The trend as vector lines, from the same geometry as the page's SVG: gridlines with their values, the dates under
 * the plot, a line, dash and marker shape per area, and a legend under it. The figures follow as a table.
 */
export function trendChart(doc: Doc, w: Writer, chart: TrendChartModel) {
  const geometry = trendGeometry(chart.columns, chart.rows);
  const height = geometry.box.height * scale;
  w.ensure(height + 20);
  w.text(chart.title, { size: size.h2, bold: true, after: 1 });
  w.text(chart.description, { size: size.small, muted: true, after: 2 });
  const [x0, y0] = [page.margin, w.y];
  const X = (x: number) => x0 + x * scale;
  const Y = (y: number) => y0 + y * scale;
  doc.setFont('helvetica', 'normal');
  doc.setFontSize(size.tiny);
  doc.setTextColor(85);
  doc.setLineWidth(0.2);
  doc.setDrawColor(217);
  for (const g of geometry.gridlines) {
    doc.line(X(geometry.plot.left), Y(g.y), X(geometry.plot.right), Y(g.y));
    doc.text(String(g.value), X(geometry.plot.left) - 2, Y(g.y) + 1, { align: 'right' });
  }
  geometry.columns.forEach((c, i) => {
    if (!c.shown) return;
    const align = i === 0 ? 'left' : i === geometry.columns.length - 1 ? 'right' : 'center';
    doc.text(pdfSafe(c.label), X(c.x), Y(geometry.box.height - 10), { align });
  });
  for (const line of geometry.lines) {
    doc.setDrawColor(...rgb(line.style.colour));
    doc.setFillColor(...rgb(line.style.colour));
    doc.setLineWidth(0.5);
    doc.setLineDashPattern(dash(line.style.dash), 0);
    for (const run of line.runs)
      run.slice(1).forEach((p, i) => doc.line(X(run[i]?.x ?? p.x), Y(run[i]?.y ?? p.y), X(p.x), Y(p.y)));
    doc.setLineDashPattern([], 0);
    for (const p of line.points) polygon(doc, markerPolygon(line.style.shape, X(p.x), Y(p.y), 1.4));
  }
  w.y = y0 + height + 2;
  legend(doc, w, geometry.lines);
}

/** Each line's marker and dash beside its area's name, as many to a row as fit. */
function legend(doc: Doc, w: Writer, lines: ReturnType<typeof trendGeometry>['lines']) {
  doc.setFontSize(size.small);
  let x = page.margin;
  w.ensure(6);
  for (const line of lines) {
    const label = pdfSafe(line.label);
    const width = 12 + doc.getTextWidth(label) + 6;
    if (x + width > page.margin + contentWidth) {
      x = page.margin;
      w.y += 5;
      w.ensure(6);
    }
    doc.setDrawColor(...rgb(line.style.colour));
    doc.setFillColor(...rgb(line.style.colour));
    doc.setLineWidth(0.5);
    doc.setLineDashPattern(dash(line.style.dash), 0);
    doc.line(x, w.y + 1.5, x + 9, w.y + 1.5);
    doc.setLineDashPattern([], 0);
    polygon(doc, markerPolygon(line.style.shape, x + 4.5, w.y + 1.5, 1.2));
    doc.setTextColor(26);
    doc.text(label, x + 11, w.y + 2.6);
    x += width;
  }
  w.y += 8;
}
