import type { jsPDF as JsPdf } from 'jspdf';
import type { Block, RecommendationModel } from './blocks';
import { barChart, legend, nationalChart } from './pdf-charts';
import { trendChart } from './pdf-trend-chart';
import { layout, type Writer } from './writer';

type Doc = InstanceType<typeof JsPdf>;

const { size } = layout;

/** Draws one block of a chapter at the writer's cursor. */
export function drawBlock(doc: Doc, w: Writer, block: Block, language: string) {
  switch (block.kind) {
    case 'heading':
      w.heading(block.text, 'h2');
      break;
    case 'paragraph':
      if (block.text === '') break;
      if (block.label) w.text(block.label, { bold: true, after: 1 });
      w.text(block.text, {
        bold: block.style === 'strong',
        ...(block.style === 'muted' ? { muted: true, size: size.small } : {}),
        after: 3,
      });
      break;
    case 'bullets':
      for (const item of block.items) {
        w.text(item, {
          indent: 1,
          bullet: true,
          bold: block.style === 'strong',
          after: block.style === 'strong' ? 2 : 1.5,
        });
      }
      w.y += 1.5;
      break;
    case 'table':
      w.table(block.table);
      break;
    case 'headedTable':
      w.headedTable(block.heading, block.table);
      break;
    case 'chart':
      barChart(doc, w, block.chart);
      break;
    case 'trendChart':
      trendChart(doc, w, block.chart);
      break;
    case 'nationalLegend':
      legend(doc, w, block.legend);
      break;
    case 'national':
      nationalChart(doc, w, block.area, block.you, language);
      break;
    case 'recommendation':
      recommendation(w, block.recommendation);
      break;
  }
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
