// Countries for <select>s: ISO 3166-1 alpha-2 codes (plus XK, Kosovo, which INTERPOL uses),
// named by the runtime's CLDR data in the UI language, so no name list has to be maintained here.
import { uiLocale } from '../../i18n/uiLocale'

const ISO_3166_ALPHA2: readonly string[] = [
  'AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ', 'BA', 'BB', 'BD', 'BE',
  'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS', 'BT', 'BV', 'BW', 'BY', 'BZ', 'CA', 'CC', 'CD',
  'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN', 'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ', 'DE', 'DJ', 'DK', 'DM',
  'DO', 'DZ', 'EC', 'EE', 'EG', 'EH', 'ER', 'ES', 'ET', 'FI', 'FJ', 'FK', 'FM', 'FO', 'FR', 'GA', 'GB', 'GD', 'GE', 'GF',
  'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW', 'GY', 'HK', 'HM', 'HN', 'HR', 'HT', 'HU',
  'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT', 'JE', 'JM', 'JO', 'JP', 'KE', 'KG', 'KH', 'KI', 'KM', 'KN',
  'KP', 'KR', 'KW', 'KY', 'KZ', 'LA', 'LB', 'LC', 'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY', 'MA', 'MC', 'MD', 'ME',
  'MF', 'MG', 'MH', 'MK', 'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ', 'NA',
  'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ', 'OM', 'PA', 'PE', 'PF', 'PG', 'PH', 'PK', 'PL', 'PM',
  'PN', 'PR', 'PS', 'PT', 'PW', 'PY', 'QA', 'RE', 'RO', 'RS', 'RU', 'RW', 'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI',
  'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS', 'ST', 'SV', 'SX', 'SY', 'SZ', 'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK',
  'TL', 'TM', 'TN', 'TO', 'TR', 'TT', 'TV', 'TW', 'TZ', 'UA', 'UG', 'UM', 'US', 'UY', 'UZ', 'VA', 'VC', 'VE', 'VG', 'VI',
  'VN', 'VU', 'WF', 'WS', 'XK', 'YE', 'YT', 'ZA', 'ZM', 'ZW'
]

export interface CountryOption {
  code: string
  name: string
}

const displayNames = new Map<string, Intl.DisplayNames>()
function namesIn(type: 'region' | 'language'): Intl.DisplayNames {
  const key = `${type}:${uiLocale()}`
  let names = displayNames.get(key)
  if (!names) displayNames.set(key, (names = new Intl.DisplayNames([uiLocale()], { type, fallback: type === 'region' ? 'code' : 'none' })))
  return names
}

export function countryName(code: string): string {
  try {
    return namesIn('region').of(code) ?? code
  } catch {
    return code
  }
}

const sortedByLocale = new Map<string, CountryOption[]>()

/** All countries, sorted by name in the UI language. */
export function countryOptions(): readonly CountryOption[] {
  let sorted = sortedByLocale.get(uiLocale())
  if (!sorted) {
    const collator = new Intl.Collator(uiLocale())
    sorted = ISO_3166_ALPHA2.map((code) => ({ code, name: countryName(code) })).sort((a, b) => collator.compare(a.name, b.name))
    sortedByLocale.set(uiLocale(), sorted)
  }
  return sorted
}

/** "tr" → "Turkish"; undefined when the tag is not a language the runtime knows. */
export function languageName(tag: string): string | undefined {
  try {
    return namesIn('language').of(tag) ?? undefined
  } catch {
    return undefined
  }
}
