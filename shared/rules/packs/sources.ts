// Where the shipped rules come from (ccf-domain.md, source key). verifiedOn is the day the rules
// were checked against that reference; a lawyer who re-checks a rule in a fork sets a new date.
import type { Certainty, Obligor } from '../ruleSchema'

export const VERIFIED_ON = '2026-11-23'

/** CCF Statute, consolidated 2025 text (STAT). The official PDF's name has spaces, escaped here. */
export const STATUTE_URL = 'https://www.interpol.int/content/download/5695/file/Statute%20of%20the%20CCF%20(E).pdf'

/** INTERPOL's Rules on the Processing of Data, 2025 text (RPD), as stored in the copy the reference used. */
export const RPD_URL =
  'https://github.com/edvandroadolfopereira-bot/legal-sources/blob/e6d58765/sources/INTL/INTERPOL-Legal/sample/INTERPOL-5694.json'

/** Practitioner source for the 5-year red-notice retention (not seen in a primary text). */
export const RETENTION_PRACTICE_URL = 'https://ngm.com.au/interpol-data-retention'

export const CRIMPR_2014_17_19_URL = 'https://legislation.gov.uk/uksi/2014/1610/article/17.19/made'
export const EXTRADITION_ACT_S103_URL = 'http://legislation.data.gov.uk/ukpga/2003/41/section/103'
export const EXTRADITION_ACT_S32_URL = 'http://www.legislation.gov.uk./ukpga/2003/41/section/32/data.html'

/**
 * A duty the sources state without a date the app can compute: "at the earliest opportunity", a
 * period with no event Redress records yet. Listed beside the computed deadlines so that nothing the
 * reference names silently disappears.
 */
export interface ListedObligation {
  id: string
  title: string
  /** When the duty arises, in words. */
  when: string
  obligor: Obligor
  citation: string
  sourceUrl: string
  verifiedOn: string
  certainty: Certainty
  /** Why Redress does not compute a date for it. */
  whyNoDate: string
}
