import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist/legacy/build/pdf.mjs';

const resolve = createRequire(import.meta.url).resolve;
GlobalWorkerOptions.workerSrc = pathToFileURL(resolve('pdfjs-dist/legacy/build/pdf.worker.mjs')).href;
// Node reads the standard font data from disk; pdfjs then measures the built-in Helvetica as a viewer would.
const standardFontDataUrl = `${dirname(resolve('pdfjs-dist/package.json'))}/standard_fonts/`;

export interface PdfText {
  pages: {
    items: { text: string; x: number; y: number; width: number; height: number }[];
    width: number;
    height: number;
  }[];
  title: string | undefined;
  /** All text in reading order, whitespace collapsed. */
  text: string;
}

/** Reads a PDF back the way a reader would get its text, with each item's position in points. */
export async function readPdf(bytes: ArrayBuffer | Uint8Array): Promise<PdfText> {
  const pdf = await getDocument({ data: new Uint8Array(bytes.slice(0)), standardFontDataUrl, isEvalSupported: false })
    .promise;
  const pages: PdfText['pages'] = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const page = await pdf.getPage(n);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const items = content.items.flatMap((item) =>
      'str' in item
        ? [
            {
              text: item.str,
              x: item.transform[4] as number,
              y: item.transform[5] as number,
              width: item.width,
              height: item.height,
            },
          ]
        : [],
    );
    pages.push({ items, width: viewport.width, height: viewport.height });
  }
  const info = (await pdf.getMetadata()).info as { Title?: string };
  const text = pages
    .flatMap((p) => p.items.map((i) => i.text))
    .join(' ')
    .replace(/\s+/g, ' ');
  await pdf.destroy();
  return { pages, title: info.Title, text };
}
