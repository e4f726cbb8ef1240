import { describe, expect, it } from 'vitest';
import { fitColumns } from '../../src/report/columns';
import { arialWidth } from '../../src/report/text-width';

// About millimetres at 8.5 pt, as in the PDF.
const measure = (text: string, bold: boolean) => arialWidth(text, bold) * 3;
const padding = 2;
const longest = (cells: string[], bold: boolean) =>
  Math.max(...cells.flatMap((cell) => cell.split(/\s+/)).map((word) => measure(word, bold)));

const plan = {
  head: ['Nr.', 'Handling', 'Ansvarlig', 'Frist', 'Status'],
  body: [
    [
      '1',
      'Robotcertifikater og overvågning af robotterne i drift',
      'RPA-teamet i IT-driften',
      '30. april 2027',
      'I gang',
    ],
    [
      '2',
      'Konsekvensanalyse for GenAI-værktøjerne',
      'Databeskyttelsesrådgiveren',
      '30. september 2027',
      'Ikke startet',
    ],
  ],
};

describe('table columns that follow the content', () => {
  it('fill the width exactly', () => {
    for (const total of [120, 170, 400]) {
      expect(fitColumns(plan, total, measure, padding).reduce((a, b) => a + b, 0)).toBeCloseTo(total, 6);
    }
  });

  it('break no word inside: each column holds its longest word, "Nr." and "Databeskyttelsesrådgiveren" whole', () => {
    const widths = fitColumns(plan, 170, measure, padding);
    plan.head.forEach((head, i) => {
      const cells = plan.body.map((row) => row[i]!);
      expect(widths[i]!, head).toBeGreaterThanOrEqual(Math.max(longest([head], true), longest(cells, false)) + padding);
    });
  });

  it('keep a number, a date and a status on one line, and give the titles the room', () => {
    const widths = fitColumns(plan, 170, measure, padding);
    expect(widths[0]!).toBeLessThan(12);
    expect(widths[3]!).toBeGreaterThanOrEqual(measure('30. september 2027', false) + padding);
    expect(widths[4]!).toBeGreaterThanOrEqual(measure('Ikke startet', false) + padding);
    expect(widths[1]!).toBe(Math.max(...widths));
  });

  it('keep fixed shares where the table asks for them, widened only for a header word', () => {
    const blank = {
      head: ['Nr.', 'Handling', 'Ansvarlig', 'Frist'],
      body: [['1', 'Del viden', '', '']],
      widths: [8, 52, 22, 18],
    };
    const widths = fitColumns(blank, 100, measure, padding);
    expect(widths.map((w) => Math.round(w))).toEqual([8, 52, 22, 18]);
  });
});
