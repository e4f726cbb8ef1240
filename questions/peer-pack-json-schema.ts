import * as z from 'zod/mini';
import { PeerPackSchema, packVersion } from './peer-pack-schema';

/**
 * The peer pack as JSON Schema (draft 2020-12), generated from the zod schema the reader checks packs with, for the
 * format version this Parat writes. What JSON Schema cannot say, the reader checks: no cell under the pack's own
 * minimum, no cell of more organisations than its segment, and q1 ≤ median ≤ q3.
 */
export function peerPackJsonSchema(): string {
  const current = z.extend(PeerPackSchema, { version: z.literal(packVersion) });
  const schema = z.toJSONSchema(current, { target: 'draft-2020-12' });
  return `${JSON.stringify({ ...schema, title: `Parat peer pack (format version ${packVersion})` }, null, 2)}\n`;
}
