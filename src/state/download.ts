/** Offers text or bytes as a file download, built in the page: nothing is sent anywhere. */
export function downloadText(filename: string, content: string | ArrayBuffer, type: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Text as part of a file name: lower case, Danish letters spelt as on a keyboard without them (æ ae, ø oe, å aa),
 * other accents dropped, anything else a hyphen, at most 40 characters. Empty when nothing is left.
 */
export function fileNamePart(text: string): string {
  const spelt = text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  return spelt
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 40)
    .replace(/^-+|-+$/g, '');
}

/**
 * File name with the date, and what names its content where there is something: parat-svar-2026-11-22.json,
 * parat-svar-midtby-kommune-it-chef-2026-11-22.json.
 */
export const datedName = (stem: string, extension: string, isoDate: string, names: readonly string[] = []) =>
  [stem, ...names.map(fileNamePart), isoDate.slice(0, 10)].filter(Boolean).join('-') + `.${extension}`;
