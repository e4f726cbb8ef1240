import type { AnswersFile } from '../../../questions/answers';

/** The fragment prefix of a share link. Browsers never send the fragment to a server. */
export const sharePrefix = '#share=';

const toBase64Url = (bytes: Uint8Array) => {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

const fromBase64Url = (text: string) => {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
};

const through = async (bytes: Uint8Array, stream: CompressionStream | DecompressionStream) =>
  new Uint8Array(await new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream)).arrayBuffer());

/** The answers compressed (deflate) into a URL fragment: `#share=…`. */
export async function shareFragment(file: AnswersFile): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(file));
  return sharePrefix + toBase64Url(await through(json, new CompressionStream('deflate-raw')));
}

/**
 * The text inside a share fragment, for the same validation as an imported file. A damaged link gives text that
 * is not JSON, so it is refused like any broken file.
 */
export async function readShareFragment(fragment: string): Promise<string> {
  try {
    const bytes = fromBase64Url(fragment.slice(sharePrefix.length));
    return new TextDecoder().decode(await through(bytes, new DecompressionStream('deflate-raw')));
  } catch {
    return '';
  }
}
