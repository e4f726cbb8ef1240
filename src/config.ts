/**
 * Who hosts this copy of Parat, set at build time like any Vite variable (README, "Hosting"):
 * VITE_HOST_NAME (the authority's name, in the header), VITE_HOST_CONTACT_URL (where to get help: a contact page,
 * a mailto: or tel: address) and VITE_ACCESSIBILITY_STATEMENT_URL (its tilgængelighedserklæring, made in
 * Digitaliseringsstyrelsen's WAS-Tool). A production build without them fails (vite.config.ts); a preview build
 * (`npm run build:preview`) leaves out what is not set, and says nothing about it to the user.
 */
export const host = {
  name: import.meta.env.VITE_HOST_NAME || undefined,
  contactUrl: import.meta.env.VITE_HOST_CONTACT_URL || undefined,
  accessibilityStatementUrl: import.meta.env.VITE_ACCESSIBILITY_STATEMENT_URL || undefined,
} as const;
