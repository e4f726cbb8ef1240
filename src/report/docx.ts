import { Document, Footer, Header, HeadingLevel, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { TFunction } from 'i18next';
import type { Bank } from '../../questions';
import type { AnswersFile } from '../../questions/answers';
import type { WorkshopFile } from '../../questions/workshop-file';
import type { ReportModel } from './blocks';
import {
  cellMargin,
  heading,
  noteStyle,
  paragraph,
  rule,
  tableStyle,
  wordBlock,
  wordSafe,
  type WordBlock,
} from './docx-blocks';
import { assessmentInput, wordModel, type ReportOptions } from './model';
import { workshopReportInput } from './workshop-input';
import { workshopWordModel } from './workshop-model';

/**
 * The document's own styles, added to the docx library's defaults (Title, Heading 1-6): the table style, with thin
 * grey rules, a shaded bold header row and cell margins, a named style rather than formatting on each cell, so an
 * organisation's own template restyles every table at once; and a small grey paragraph style for notes, the header
 * and the footer.
 */
const ownStyles = `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="table" w:customStyle="1" w:styleId="${tableStyle}">
<w:name w:val="Parat tabel"/><w:uiPriority w:val="59"/><w:qFormat/>
<w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/></w:rPr>
<w:tblPr><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
  .map((side) => `<w:${side} w:val="${rule.style}" w:sz="${rule.size}" w:space="0" w:color="${rule.color}"/>`)
  .join('')}</w:tblBorders>
<w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="${cellMargin}" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="${cellMargin}" w:type="dxa"/></w:tblCellMar></w:tblPr>
<w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="E6E6E6"/></w:tcPr></w:tblStylePr>
</w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="${noteStyle}"><w:name w:val="Parat note"/><w:basedOn w:val="Normal"/><w:qFormat/>
<w:rPr><w:color w:val="595959"/><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr></w:style>
</w:styles>`;

/** The running footer: the page line with Word's PAGE and NUMPAGES fields, and the fingerprint below it. */
function footer(model: ReportModel): Footer {
  const parts = model.footer.split(/(\{page\}|\{pages\})/).filter(Boolean);
  const page = new Paragraph({
    style: noteStyle,
    children: [
      new TextRun({
        children: parts.map((part) =>
          part === '{page}' ? PageNumber.CURRENT : part === '{pages}' ? PageNumber.TOTAL_PAGES : wordSafe(part),
        ),
      }),
    ],
  });
  return new Footer({
    children: [
      page,
      ...(model.fingerprint ? [new Paragraph({ style: noteStyle, children: [new TextRun(model.fingerprint)] })] : []),
    ],
  });
}

/**
 * The Word document management edits and approves: the decision page (key messages, Indstilling, the open actions),
 * the plan, the actions in short, and the sources; a header with the organisation, a footer with page numbers and
 * the answers file's fingerprint. Headings are Word's heading styles, so the navigation pane and a PDF exported from
 * Word have them as structure.
 */
export function docxDocument(model: ReportModel): Document {
  const { cover } = model;
  const children: WordBlock[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(wordSafe(model.title))] }),
    paragraph(cover.what),
    ...cover.facts.map((fact) => paragraph(`${fact.label}: ${fact.value}`)),
    ...model.chapters.flatMap((chapter) => [
      heading(chapter.title, HeadingLevel.HEADING_1),
      ...chapter.blocks.flatMap(wordBlock),
    ]),
  ];
  const date = cover.facts[0]?.value ?? '';
  return new Document({
    title: wordSafe(model.title),
    creator: 'Parat',
    styles: {
      default: {
        document: {
          run: { font: 'Arial', size: 21, language: { value: model.language === 'da' ? 'da-DK' : 'en-GB' } },
          paragraph: { spacing: { after: 120 } },
        },
      },
    },
    externalStyles: ownStyles,
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        headers: {
          default: new Header({
            children: [paragraph([cover.name, cover.kicker, date].filter(Boolean).join(' · '), { style: noteStyle })],
          }),
        },
        footers: { default: footer(model) },
        children,
      },
    ],
  });
}

/**
 * The Word document of one answers file, as bytes, in the browser and in Node alike. The browser loads this module
 * only when the document is asked for, so the docx library stays out of every other page.
 */
export async function createDocx(
  bank: Bank,
  file: AnswersFile,
  t: TFunction,
  language: string,
  date: string,
  options: ReportOptions = {},
): Promise<Uint8Array> {
  const document = docxDocument(wordModel(assessmentInput(bank, file, t, language, date, options)));
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

/** The workshop's report as a Word document, as bytes (see createWorkshopReport). */
export async function createWorkshopDocx(
  bank: Bank,
  workshop: WorkshopFile,
  t: TFunction,
  language: string,
  today: string,
): Promise<Uint8Array> {
  const document = docxDocument(workshopWordModel(workshopReportInput(bank, workshop, t, language, today)));
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
