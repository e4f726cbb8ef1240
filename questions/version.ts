/**
 * Version of the question bank. Raise it when a question, option, weight or rule changes, and say in
 * CHANGELOG.md which ids changed, and add the step from the old version in migrations.ts; answer files carry it.
 */
export const bankVersion = 2;
