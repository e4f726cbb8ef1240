import type { SourceRef } from './schema';

/** Deloitte for Digitaliseringsstyrelsen (2018), seed 000_814d395d67d353bb.txt. */
export const deloitte = (section: string, line: number): SourceRef => ({ report: 'deloitte-2018', section, line });

/** Rambøll and Dansk IT, IT i praksis 2024-2025, seed 003_9d7a68344ede1571.txt. */
export const ramboll = (section: string, line: number): SourceRef => ({ report: 'ramboll-2024', section, line });

/** Seed file of each report, for citations in the app, the CLI and the PDF. */
export const seedFiles = {
  'deloitte-2018': '000_814d395d67d353bb.txt',
  'ramboll-2024': '003_9d7a68344ede1571.txt',
} as const;
