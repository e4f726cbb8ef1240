import type { AnswersFile } from '../../../questions/answers';
import { repeatKey } from '../../../scoring';
import type { Archive } from '../../state/archive';
import { readArchive } from './archive-entries';

/**
 * Keeps a finished assessment in the archive, unless a copy with the same content (answers, notes, targets, plan and
 * date, as the trend tells repeats apart) is already there: saving twice must not make the trend count it twice.
 */
export async function saveFinished(
  archive: Archive,
  file: AnswersFile,
  archivedAt: string,
): Promise<'saved' | 'already-saved'> {
  const key = repeatKey(file);
  const { groups } = readArchive(await archive.list());
  if (groups.some((group) => group.entries.some((entry) => repeatKey(entry.file) === key))) return 'already-saved';
  await archive.add(JSON.stringify(file), archivedAt);
  return 'saved';
}
