/**
 * What each step of migrations.ts changed, in a sentence, for whoever maintains the bank (users read CHANGELOG.md),
 * by the version it starts from. Kept apart from the steps, which every visit loads to read saved work, so these
 * words are not shipped to users; tests/questions/migrations.test.ts holds every step to a note.
 */
export const migrationNotes: Readonly<Record<number, string>> = {
  1:
    'Four questions now ask what the reports mean, so their version-1 answers are dropped: P1 is internal silos, ' +
    'not cooperation with other organisations (000 L4321-4338); V2 is missing networks and facilitation, not ' +
    'whether the organisation shares (L4560-4567); T-M2 is too little or too poor data (L4848-4855); NIS2 action ' +
    'point 3 is a plan for future competence needs (003 L845-857). Visibility, scoring and texts changed elsewhere ' +
    'without changing what an answer means.',
  2:
    'The answers file can hold an action plan (`plan`). No question changed. The version is raised so that an ' +
    'older Parat meets a file with a plan as one from a newer version, and says so, instead of refusing a field.',
  3:
    'The blockchain question on a network without a central actor asked only where responsibility lies; it now ' +
    'asks whether the rules and usual practice can accept the network in place of a central actor or ' +
    'intermediary, as Deloitte describes the barrier (000 L1862-1870), so its version-3 answer is dropped. ' +
    'Other questions were reworded without changing what an answer means.',
  4:
    'The answers file can hold the approval (`approval`: who approved, role, date, reservations) and the ' +
    'evidence behind each answer (`evidence`: references by question id). No question changed; the version is ' +
    'raised so that an older Parat meets such a file as one from a newer version.',
};
