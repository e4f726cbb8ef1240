import type { AnswersFile } from '../../questions/answers';
import { fingerprintBytes, hex } from '../../questions/fingerprint';

/**
 * The SHA-256 fingerprint of an answers file's content, made with the browser's WebCrypto. The command line makes
 * the same value with node:crypto (src/cli/fingerprint.ts); both hash fingerprintBytes.
 */
export async function fingerprintOf(file: AnswersFile): Promise<string> {
  const bytes = fingerprintBytes(file);
  return hex(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
}
