import type { Chapter } from '../blocks';
import type { ReportInput } from '../input';

/** The reports the assessment rests on, and the versions of Parat and the bank that made the report. */
export function sourceLines(input: ReportInput): { reports: string; versions: string } {
  const { t } = input;
  return {
    reports: t('report:sources', {
      deloitte: t('bank:reports.deloitte-2018'),
      ramboll: t('bank:reports.ramboll-2024'),
    }),
    versions: t('report:versions', { bank: input.bank.version, app: input.appVersion }),
  };
}

/** The fingerprint in a sentence, when the report is of one answers file. */
export const fingerprintLine = (input: ReportInput): string | undefined =>
  input.fingerprint ? input.t('report:fingerprint', { value: input.fingerprint }) : undefined;

/** Appendix C: how the scores, the comparison and the recommendations are made, and from which sources. */
export function methodChapter(input: ReportInput): Chapter {
  const { t } = input;
  const { reports, versions } = sourceLines(input);
  const fingerprint = fingerprintLine(input);
  return {
    title: t('report:headings.method'),
    newPage: true,
    blocks: [
      ...(['barriers', 'ratings', 'maturity', 'dontKnow', 'benchmark', 'recommendations'] as const).map(
        (k) => ({ kind: 'paragraph', text: t(`app:about.method.${k}`) }) as const,
      ),
      ...(input.workshop ? [{ kind: 'paragraph', text: t('app:about.method.workshop') } as const] : []),
      { kind: 'paragraph', text: t('app:about.sourcesUse') },
      { kind: 'paragraph', text: reports },
      { kind: 'paragraph', text: versions },
      ...(fingerprint ? [{ kind: 'paragraph', text: `${fingerprint} ${t('report:fingerprintHow')}` } as const] : []),
    ],
  };
}
