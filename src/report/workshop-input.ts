import type { TFunction } from 'i18next';
import type { Bank } from '../../questions';
import { answersFormat, type AnswersFile } from '../../questions/answers';
import type { WorkshopFile } from '../../questions/workshop-file';
import { combine, compareRoles, decide, type DecidedWorkshop, type RoleComparison } from '../../scoring';
import { formatDate } from '../format/locale';
import { isNamed } from '../state/saved-participants';
import { commonOrganisation } from '../format/common-organisation';
import { appVersion } from '../version';
import { reportInput, type ReportInput } from './input';

/** A workshop as its report tells it: the group's result after the decisions, the roles, and who took part. */
export interface ReportWorkshop {
  result: DecidedWorkshop;
  roles: RoleComparison;
  facilitator?: string;
  /** How many took part in each role given (as first written), and how many without one. */
  roleCounts: { role: string; count: number }[];
  withoutRole: number;
  /** Each participant's name and role, in order: only when the facilitator turned names on. */
  names?: { name: string; role?: string }[];
}

/** The participants per role as written, case and spaces aside, the largest first. */
function countRoles(file: WorkshopFile): { role: string; count: number }[] {
  const counts = new Map<string, { role: string; count: number }>();
  for (const p of file.participants) {
    const role = p.role?.trim();
    if (!role) continue;
    const key = role.replace(/\s+/g, ' ').toLowerCase();
    const found = counts.get(key) ?? { role, count: 0 };
    found.count += 1;
    counts.set(key, found);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.role.localeCompare(b.role));
}

/**
 * The report's input for a workshop (issue 28, point 5): the group's answers (agreed where decided, median
 * elsewhere) as the answers reported on, named after the workshop's organisation, with the workshop's plan; dated the
 * workshop's day where it has one. Participants are named only when the facilitator turned names on.
 */
export function workshopReportInput(
  bank: Bank,
  saved: WorkshopFile,
  t: TFunction,
  language: string,
  today: string,
): ReportInput {
  const participants = saved.participants.map((p) => p.file.answers);
  const result = decide(bank, combine(bank, participants), saved.decisions);
  const roles = compareRoles(
    bank,
    saved.participants.map((p) => ({ ...(p.role ? { role: p.role } : {}), answers: p.file.answers })),
  );
  const roleCounts = countRoles(saved);
  const workshop: ReportWorkshop = {
    result,
    roles,
    ...(saved.facilitator ? { facilitator: saved.facilitator } : {}),
    roleCounts,
    withoutRole: saved.participants.length - roleCounts.reduce((sum, r) => sum + r.count, 0),
    ...(saved.showNames
      ? {
          names: saved.participants.map((p, i) => ({
            // A file that names no one is shown by number, not by its organisation's name.
            name: isNamed(p) ? p.name.trim() : t('workshop:anonymous', { number: i + 1 }),
            ...(p.role?.trim() ? { role: p.role.trim() } : {}),
          })),
        }
      : {}),
  };
  const file: AnswersFile = {
    format: answersFormat,
    bankVersion: bank.version,
    answers: {
      ...result.groupAnswers,
      // The workshop's own name, else the organisation every participant names, else how many took part.
      'organisation-name':
        saved.name.trim() ||
        commonOrganisation(saved.participants.map((p) => p.file)) ||
        t('report:workshopName', { count: saved.participants.length }),
    },
    ...(Object.keys(saved.plan).length > 0 ? { plan: saved.plan } : {}),
  };
  const date = saved.date ? (formatDate(`${saved.date}T12:00:00Z`, language) ?? today) : today;
  return reportInput({ bank, file, result: result.group, t, language, date, appVersion }, { workshop });
}
