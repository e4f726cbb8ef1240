import { constants, deflateRawSync } from 'node:zlib';
import { sharePrefix } from '../../src/features/transfer/share-link';

/**
 * The reported deflate bomb: a share link of about 1.3 MB that unfolds into a gigabyte of spaces. Deflate's best is
 * 1 MB of one byte in 1 kB, flushed so that copies can follow each other; 1,024 copies make the gigabyte, without
 * compressing one here.
 */
export function bombFragment(): string {
  const piece = deflateRawSync(Buffer.alloc(1024 * 1024, 32), { finishFlush: constants.Z_FULL_FLUSH });
  const bomb = Buffer.concat([...Array<Buffer>(1024).fill(piece), deflateRawSync(Buffer.alloc(0))]);
  return sharePrefix + bomb.toString('base64url');
}
