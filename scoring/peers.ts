import type { PackSegment, PeerPack } from '../questions/peer-pack-schema';
import { sectors, type Sector } from '../questions/sectors';
import { answerOf } from '../questions/visibility';
import type { Answers, SectionScore } from './types';

/** Which organisations a figure is from: a sector, or a sector and size band. */
export interface PeerSegment {
  sector: Sector;
  size?: string;
}

/** An area beside organisations like this one: their quartiles and median, how many, and this one's own score. */
export interface PeerArea {
  sectionId: string;
  median: number;
  q1: number;
  q3: number;
  n: number;
  segment: PeerSegment;
  value: number | null;
}

/** A question this organisation answered, beside the share of organisations like it giving each answer. */
export interface PeerQuestion {
  questionId: string;
  answer: string;
  n: number;
  shares: PackSegment['questions'][number]['shares'];
}

/**
 * This organisation beside a peer pack, or why it cannot be: `no-sector`, the profile gives no sector;
 * `no-segment`, the pack has no figures for the sector, as fewer than its minimum of such organisations took part.
 * `missing` names the areas with a score here that the segment has no figures for (too few organisations).
 */
export type PeerComparison =
  | { ok: true; segment: PeerSegment; n: number; areas: PeerArea[]; missing: string[]; questions: PeerQuestion[] }
  | { ok: false; reason: 'no-sector' | 'no-segment'; sector?: Sector; minimum: number };

/**
 * Sets an organisation beside the organisations like it in a peer pack: the segment of its sector and size band
 * where the pack has one, else of its sector alone; per area the segment's quartiles and median with n, and per
 * question it answered the segment's shares.
 */
export function peerComparison(pack: PeerPack, answers: Answers, scores: readonly SectionScore[]): PeerComparison {
  const sector = sectors.find((s) => s === answerOf(answers, 'sector'));
  if (!sector) return { ok: false, reason: 'no-sector', minimum: pack.minimum };
  const size = answerOf(answers, 'size');
  const ofSector = pack.segments.filter((s) => s.sector === sector);
  const segment = ofSector.find((s) => size !== undefined && s.size === size) ?? ofSector.find((s) => !s.size);
  if (!segment) return { ok: false, reason: 'no-segment', sector, minimum: pack.minimum };
  const ref: PeerSegment = { sector, ...(segment.size ? { size: segment.size } : {}) };
  const scored = scores.filter((s) => s.shown > 0);
  const areas = scored.flatMap((score): PeerArea[] => {
    const cell = segment.areas.find((a) => a.sectionId === score.sectionId);
    return cell ? [{ ...cell, segment: ref, value: score.value }] : [];
  });
  const questions = segment.questions.flatMap((cell): PeerQuestion[] => {
    const answer = answerOf(answers, cell.questionId);
    return answer === undefined ? [] : [{ questionId: cell.questionId, answer, n: cell.n, shares: cell.shares }];
  });
  return {
    ok: true,
    segment: ref,
    n: segment.n,
    areas,
    missing: scored
      .filter((s) => s.value !== null && !areas.some((a) => a.sectionId === s.sectionId))
      .map((s) => s.sectionId),
    questions,
  };
}
