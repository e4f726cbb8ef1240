/**
 * Version of the question bank. Raise it when a question, option, weight or rule changes, and say in
 * CHANGELOG.md which ids changed; answer files carry it.
 */
export const bankVersion = 1;
