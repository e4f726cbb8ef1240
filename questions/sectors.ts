/**
 * The profile's sector options: the kinds of public organisation IT i praksis surveys (003 L2582). Apart from
 * schema.ts so that the pages, which use the options, do not load the bank's zod schema, which only tests and the
 * command line run.
 */
export const sectors = ['municipality', 'region', 'state', 'education'] as const;
export type Sector = (typeof sectors)[number];

/** The organisation's sector, from the profile's answer, if it is one the bank knows. */
export const sectorOf = (answer: string | undefined): Sector | undefined => sectors.find((s) => s === answer);
