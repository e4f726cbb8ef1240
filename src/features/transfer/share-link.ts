import type { AnswersFile } from '../../../questions/answers';
import { maxImportBytes, readIncoming, type Incoming } from './incoming';

/** The fragment prefix of a share link. Browsers never send the fragment to a server. */
export const sharePrefix = '#share=';

const toBase64Url = (bytes: Uint8Array) => {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

const fromBase64Url = (text: string) => {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  // A plain loop: Uint8Array.from with a function takes a fifth of a second on a 1 MB link.
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
};

/** Bytes handed to the (de)compressor at a time: deflate unfolds 1 kB into at most about 1 MB. */
const inputSlice = 1024;

/**
 * Bytes as a stream that gives the next slice only when the (de)compressor asks for it. Handed over in one piece,
 * a 1 MB link is inflated whole before the first output can be read: Chromium took 13 s to unfold a deflate bomb
 * into a gigabyte, however early the reading stopped.
 */
const sliced = (bytes: Uint8Array) => {
  let at = 0;
  return new ReadableStream<BufferSource>(
    {
      pull(controller) {
        if (at >= bytes.length) controller.close();
        else controller.enqueue(bytes.slice(at, (at += inputSlice)));
      },
    },
    { highWaterMark: 0 },
  );
};

/**
 * Longest share link Parat makes, in characters. Chromium will not open an address over 2 MiB at all (a blank
 * page), and mail and chat programs cut long links far sooner; answers that need more travel better as a file.
 */
export const maxShareLinkLength = 32_000;

/**
 * The share fragments in pasted text, in order and each once: a chat or an email may hold many links, each maybe
 * wrapped in <…> or followed by punctuation.
 */
export function findShareFragments(text: string): string[] {
  return findShareLinks(text).map((link) => link.fragment);
}

/** A time a chat writes before a message: [10:02], 10.02, 10:02:15. */
const chatTime = /^\[?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\]?\s*/;

/**
 * The name written just before a link on its line, as a chat or a list gives it: »Anna: https://…«, »[10:02] Bo:
 * her er mit https://…«, »Cai – https://…«. Text that reads as a sentence rather than a name (over six words or 60
 * characters) names nobody.
 */
function nameBefore(text: string): string | undefined {
  const line = text.replace(chatTime, '');
  const colon = line.indexOf(':');
  const name = (colon >= 0 ? line.slice(0, colon) : line).replace(/^[\s\-–—*•>,;]+|[\s\-–—,:;(<>]+$/g, '');
  const words = name.split(/\s+/).length;
  return name.length > 0 && name.length <= 60 && words <= 6 && /\p{L}/u.test(name) ? name : undefined;
}

/**
 * The share links in pasted text, each once in the order they first appear, with the name written just before it on
 * its line where there is one (the first such name, if the link appears more than once).
 */
export function findShareLinks(text: string): { fragment: string; name?: string }[] {
  const found = new Map<string, string | undefined>();
  for (const line of text.split(/\r?\n/)) {
    let from = 0;
    for (const match of line.matchAll(/\S*(#share=[A-Za-z0-9_-]+)/g)) {
      const fragment = match[1] ?? '';
      const name = nameBefore(line.slice(from, match.index).replace(/<$/, ''));
      from = match.index + match[0].length;
      if (!found.has(fragment) || (found.get(fragment) === undefined && name)) found.set(fragment, name);
    }
  }
  return [...found].map(([fragment, name]) => ({ fragment, ...(name ? { name } : {}) }));
}

/** The answers compressed (deflate) into a URL fragment: `#share=…`. */
export async function shareFragment(file: AnswersFile): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(file));
  const compressed = await new Response(sliced(json).pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer();
  return sharePrefix + toBase64Url(new Uint8Array(compressed));
}

/** Inflates at most `limit` bytes: undefined when there is more, so a small link cannot unfold into gigabytes. */
async function inflate(bytes: Uint8Array, limit: number): Promise<Uint8Array | undefined> {
  const reader = sliced(bytes).pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const whole = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.length;
  }
  return whole;
}

/**
 * Reads the answers in a share fragment with the same checks and the same 5 MB limit as an imported file. A damaged
 * link gives text that is not JSON, so it is refused like any broken file.
 */
export async function readShareFragment(fragment: string): Promise<Incoming> {
  let text = '';
  try {
    const inflated = await inflate(fromBase64Url(fragment.slice(sharePrefix.length)), maxImportBytes);
    if (!inflated) return { ok: false, problem: { code: 'too-large' } };
    text = new TextDecoder().decode(inflated);
  } catch {
    // A damaged link: refused below as not JSON.
  }
  return readIncoming(text, text.length);
}
