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

/** File name with the date, such as parat-svar-2026-11-22.json. */
export const datedName = (stem: string, extension: string, isoDate: string) =>
  `${stem}-${isoDate.slice(0, 10)}.${extension}`;
