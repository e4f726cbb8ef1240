/** Limits that keep a hand-edited or hostile approval from swamping the page, the PDF or the Word document. */
export const approvalLimits = { name: 200, role: 200, reservations: 2000, answersHash: 20 } as const;

/** Limits that keep hand-edited or hostile evidence from swamping the page, the PDF or the Word document. */
export const evidenceLimits = { perQuestion: 20, ref: 500, owner: 200 } as const;
