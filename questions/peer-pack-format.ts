/**
 * The peer pack's constants, apart from its zod schema (peer-pack-schema.ts) so that making a pack and the pages
 * that show one do not load the schema: only reading a pack does.
 */

/** The `format` field that marks a Parat peer pack. */
export const packFormat = 'parat-peer-pack';

/** The version of the peer pack's own format (not the bank's): raise it and add a step to peer-pack-migrations.ts. */
export const packVersion = 1;

/** The fewest organisations any cell of a pack may rest on, whatever the maker asks for. */
export const minimumFloor = 3;

/** The fewest organisations a cell rests on unless the maker asks for more. */
export const defaultMinimum = 5;

/** Limits that keep a hostile pack from swamping the page: far above what a bank of this size can give. */
export const packLimits = { segments: 40, areas: 40, questions: 400, madeBy: 200 } as const;
