import { createHash } from 'node:crypto';
import type { AnswersFile } from '../../questions/answers';
import { fingerprintBytes } from '../../questions/fingerprint';

/** The SHA-256 fingerprint of an answers file's content, as the report prints it in its footer. */
export const fileFingerprint = (file: AnswersFile): string =>
  createHash('sha256').update(fingerprintBytes(file)).digest('hex');
