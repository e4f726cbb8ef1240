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
  /** The bookmarks, top level, each with the page it opens (1-based). */
  outline: { title: string; page: number }[];
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
  const outline = await Promise.all(
    ((await pdf.getOutline()) ?? []).map(async (item) => {
      const dest = Array.isArray(item.dest) ? item.dest : await pdf.getDestination(String(item.dest));
      const page = dest?.[0] ? (await pdf.getPageIndex(dest[0] as never)) + 1 : 0;
      return { title: item.title, page };
    }),
  );
  const text = pages
    .flatMap((p) => p.items.map((i) => i.text))
    .join(' ')
    .replace(/\s+/g, ' ');
  await pdf.destroy();
  return { pages, title: info.Title, outline, text };
}

interface StructNode {
  role?: string;
  type?: string;
  id?: string;
  children?: StructNode[];
}

/**
 * The headings of a tagged PDF, as a screen reader meets them: every structure element whose role is H1-H6, with the
 * text of the marked content it holds, in document order.
 */
export async function readTaggedHeadings(bytes: ArrayBuffer | Uint8Array): Promise<{ level: number; text: string }[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes.slice(0)), standardFontDataUrl, isEvalSupported: false })
    .promise;
  const headings: { level: number; text: string }[] = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const page = await pdf.getPage(n);
    // Marked content ids to their text: the structure tree refers to content by these ids.
    const texts = new Map<string, string>();
    const open: string[] = [];
    for (const item of (await page.getTextContent({ includeMarkedContent: true })).items) {
      if ('type' in item && item.type === 'beginMarkedContentProps' && item.id) open.push(item.id);
      else if ('type' in item && item.type === 'beginMarkedContent') open.push('');
      else if ('type' in item && item.type === 'endMarkedContent') open.pop();
      else if ('str' in item) {
        const text = `${item.str}${item.hasEOL ? ' ' : ''}`;
        for (const id of open.filter(Boolean)) texts.set(id, `${texts.get(id) ?? ''}${text}`);
      }
    }
    const textOf = (node: StructNode): string =>
      node.type === 'content' && node.id ? (texts.get(node.id) ?? '') : (node.children ?? []).map(textOf).join('');
    const walk = (node: StructNode) => {
      const match = /^H([1-6])$/.exec(node.role ?? '');
      // Each page's tree holds the whole document's structure; a heading has its text on its own page only.
      const text = match ? textOf(node).replace(/\s+/g, ' ').trim() : '';
      if (match && text) headings.push({ level: Number(match[1]), text });
      else (node.children ?? []).forEach(walk);
    };
    const tree = (await page.getStructTree()) as StructNode | null;
    if (tree) walk(tree);
  }
  await pdf.destroy();
  return headings;
}
