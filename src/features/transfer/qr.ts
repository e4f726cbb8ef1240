import { bank } from '../../../questions';
import { compactAnswers, type CompactFile } from '../../../questions/compact';

/**
 * Largest QR version Parat makes: 97 modules a side, which a laptop's camera still reads off a phone held up to it.
 * A typical participant needs version 6 or so.
 */
export const maxQrVersion = 20;

/** A QR code to draw: the dark modules as one SVG path, on a grid of `size` modules a side. */
export interface QrDrawing {
  text: string;
  size: number;
  path: string;
  /** The notes are in the code; false when there are none or they did not fit. */
  withNotes: boolean;
}

/** The dark modules of a code as one SVG path: a rectangle per run of dark modules on a row. */
function modulePath(code: { size: number; get: (x: number, y: number) => boolean }): string {
  let path = '';
  for (let y = 0; y < code.size; y++) {
    for (let x = 0; x < code.size;) {
      if (!code.get(x, y)) {
        x++;
        continue;
      }
      const start = x;
      while (x < code.size && code.get(x, y)) x++;
      path += `M${start} ${y}h${x - start}v1h${start - x}z`;
    }
  }
  return path;
}

/**
 * The answers as a QR code: with the notes when they fit, else without, else none (the file or the link must carry
 * them). lean-qr (3.6 kB gzip) is loaded only here, when a participant asks for the code.
 */
export async function answersQr(file: CompactFile): Promise<QrDrawing | undefined> {
  const { generate, correction } = await import('lean-qr');
  const hasNotes = Object.values(file.notes ?? {}).some((note) => note.trim() !== '');
  for (const withNotes of hasNotes ? [true, false] : [false]) {
    const text = compactAnswers(file, bank, { notes: withNotes });
    let code;
    try {
      code = generate(text, { minCorrectionLevel: correction.M, maxVersion: maxQrVersion });
    } catch {
      continue; // too much for the largest code we make
    }
    return { text, size: code.size, path: modulePath(code), withNotes };
  }
  return undefined;
}

/** An address as a QR code, for the workshop's join slide; undefined when it is too long for one. */
export async function addressQr(address: string): Promise<QrDrawing | undefined> {
  const { generate, correction } = await import('lean-qr');
  try {
    const code = generate(address, { minCorrectionLevel: correction.M, maxVersion: maxQrVersion });
    return { text: address, size: code.size, path: modulePath(code), withNotes: false };
  } catch {
    return undefined;
  }
}
