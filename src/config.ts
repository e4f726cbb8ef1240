/**
 * The hosting organisation's accessibility statement (tilgængelighedserklæring, made in Digitaliseringsstyrelsen's
 * WAS-Tool), set at build time: VITE_ACCESSIBILITY_STATEMENT_URL=https://... npm run build. Without it the
 * footer shows no such link, and the about page says who must publish one.
 */
export const accessibilityStatementUrl: string | undefined =
  import.meta.env.VITE_ACCESSIBILITY_STATEMENT_URL || undefined;
