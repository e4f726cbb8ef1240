import type { Bank } from '../questions/schema';
import type { Answers } from './types';
import { combine } from './workshop';

/** A role is shown as a group of its own from this many participants: fewer would single people out. */
export const roleMinimum = 3;

/** Two roles' group scores this many points apart (0-100) are a disagreement between roles worth naming. */
export const roleGap = 20;

/** One role's participants as a group: how many, and the group's score per category and area. */
export interface RoleGroup {
  /** The role as first written (»Ledelse«); roles are matched case and spaces aside. */
  role: string;
  participants: number;
  scores: { sectionId: string; value: number | null }[];
}

/** A section where two roles' group scores lie at least `roleGap` apart: the lowest and the highest role. */
export interface RoleGap {
  sectionId: string;
  low: { role: string; value: number };
  high: { role: string; value: number };
}

export interface RoleComparison {
  /** The roles with at least `roleMinimum` participants, the largest first. */
  groups: RoleGroup[];
  /** Where those roles disagree, the widest gap first. */
  gaps: RoleGap[];
}

const roleKey = (role: string) => role.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The workshop per role, as SELFIE compares its groups (issue 28, point 2): each role with at least `roleMinimum`
 * participants scored as a group of its own (the score of its median answers, as the whole group's), and the
 * sections where two such roles lie `roleGap` points or more apart. Participants without a role count in no role.
 */
export function compareRoles(bank: Bank, participants: readonly { role?: string; answers: Answers }[]): RoleComparison {
  const byRole = new Map<string, { role: string; answers: Answers[] }>();
  for (const { role, answers } of participants) {
    if (!role?.trim()) continue;
    const key = roleKey(role);
    const found = byRole.get(key) ?? { role: role.trim(), answers: [] };
    found.answers.push(answers);
    byRole.set(key, found);
  }
  const groups = [...byRole.values()]
    .filter((r) => r.answers.length >= roleMinimum)
    .sort((a, b) => b.answers.length - a.answers.length || a.role.localeCompare(b.role))
    .map(({ role, answers }): RoleGroup => ({
      role,
      participants: answers.length,
      scores: combine(bank, answers).sections.map((s) => ({ sectionId: s.sectionId, value: s.group })),
    }));
  const gaps: RoleGap[] = [];
  for (const { sectionId } of groups[0]?.scores ?? []) {
    const values = groups.flatMap((g) => {
      const value = g.scores.find((s) => s.sectionId === sectionId)?.value;
      return value === null || value === undefined ? [] : [{ role: g.role, value }];
    });
    if (values.length < 2) continue;
    const low = values.reduce((a, b) => (b.value < a.value ? b : a));
    const high = values.reduce((a, b) => (b.value > a.value ? b : a));
    if (high.value - low.value >= roleGap) gaps.push({ sectionId, low, high });
  }
  gaps.sort((a, b) => b.high.value - b.low.value - (a.high.value - a.low.value));
  return { groups, gaps };
}
