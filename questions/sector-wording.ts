import { sectors, type Sector } from './sectors';

/** A recommendation whose words depend on the sector: the fields worded per sector, and when. */
export interface SectorWording {
  /** The text fields with a sector's own words, as `<field>_<sector>` in locales/<lang>/recommendations.json. */
  fields: readonly ('about' | 'action')[];
  /** The sectors that have their own words; the others read the common text. */
  sectors: readonly Sector[];
  /** A question whose answer must be among the recommendation's triggers for the sector's words to apply. */
  when?: string;
}

/**
 * Recommendations that say something different to each kind of organisation (issue 26, point 5). Apart from
 * sectors.ts, which the first page loads for the profile's options: only the results need this.
 * - `genai-discuss-ethics` names the staff body that discusses new technology, which is the MED-udvalg in
 *   municipalities and regions and the samarbejdsudvalg (SU) in the state and its institutions, and the people the
 *   organisation serves. The common text, for a profile without a sector, names both bodies.
 * - `nis2-use-maturity-gained`: ISO 27001 is mandatory in the state (003 L1531-1533), so a state body whose ISO 27001
 *   answer triggered it reads that the standard is required and is told to close the gap, not to use a maturity it
 *   lacks.
 */
export const sectorWording: Readonly<Record<string, SectorWording>> = {
  'genai-discuss-ethics': { fields: ['action'], sectors },
  'nis2-use-maturity-gained': { fields: ['about', 'action'], sectors: ['state'], when: 'cyber-iso27001' },
};
