/**
 * Version of the question bank and of the answers file that carries it. Raise it when a question, option, weight or
 * rule changes, or the answers file gains a field; say in CHANGELOG.md which ids changed, and add the step from the
 * old version in migrations.ts.
 */
export const bankVersion = 5;
