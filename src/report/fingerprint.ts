import type { Bank } from '../../questions';
import { readAnswersFile, type AnswersFile } from '../../questions/answers';
import { fingerprintBytes, hex } from '../../questions/fingerprint';

/**
 * The SHA-256 fingerprint of an answers file's content, made with the browser's WebCrypto. The command line makes
 * the same value with node:crypto (src/cli/fingerprint.ts) from the file it reads; so the page first reads its file
 * back as the command line would (a plan field of only spaces is no field there), and both hash fingerprintBytes.
 * Undefined where the page is served without HTTPS from another host than localhost: browsers offer WebCrypto only
 * in a secure context, and the report is then made without the fingerprint rather than not at all.
 */
export async function fingerprintOf(file: AnswersFile, bank: Bank): Promise<string | undefined> {
  if (!globalThis.crypto?.subtle) return undefined;
  const reading = readAnswersFile(JSON.stringify(file), bank);
  const bytes = fingerprintBytes(reading.ok ? reading.file : file);
  return hex(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
}
