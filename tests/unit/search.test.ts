import { describe, expect, it } from 'vitest'
import { Dossier, type DossierInput, type MatterInput } from '@shared/domain'
import { buildDossierIndex } from '@shared/search'
import de from 'i18n-iso-countries/langs/de.json'

// Fixture dossiers from shared/fixtures/scenarios.md (fictional people). S3 and S5 have no Latin
// transliteration on purpose: Latin queries must reach them through the Cyrillic legal name.
const AT = '2026-01-05T10:00:00Z'
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`

type MatterSeed = Omit<MatterInput, 'id' | 'clientId' | 'createdAt' | 'updatedAt'>
type ClientSeed = { legalName: string; latinName?: string; aliases?: string[]; passport?: string }

function dossier(n: number, client: ClientSeed, matters: MatterSeed[]): Dossier {
  const id = uuid(n)
  const input: DossierInput = {
    schemaVersion: 1,
    id,
    client: {
      id,
      legalName: client.legalName,
      latinName: client.latinName,
      aliases: client.aliases,
      idDocuments: client.passport ? [{ kind: 'passport', number: client.passport, issuingCountry: 'BY' }] : [],
      createdAt: AT,
      updatedAt: AT
    },
    matters: matters.map((m, i) => ({ ...m, id: uuid(100 + n * 10 + i), clientId: id, createdAt: AT, updatedAt: AT }))
  }
  return Dossier.parse(input)
}

const S1 = dossier(1, { legalName: 'Gülşen Yıldırım', latinName: 'Gulsen Yildirim' }, [{
  kind: 'red-notice', requestingCountry: 'TR', ncb: 'NCB Ankara',
  offences: [{ description: 'Membership of an armed terrorist organisation', legalProvision: 'TPC art. 314(2)', maxPenaltyMonths: 180 }],
  warrant: { date: '2017-02-02', court: 'Istanbul 24th High Criminal Court', number: '2017/118' }
}])
const S2 = dossier(2, { legalName: 'Ерлан Жақсылықов', latinName: 'Yerlan Zhaksylykov' }, [{
  kind: 'diffusion', requestingCountry: 'KZ', offences: [{ description: 'Fraud on a large scale' }]
}])
const S3 = dossier(3, { legalName: 'Фёдор Щербаков' }, [{
  kind: 'red-notice', requestingCountry: 'RU', ncb: 'NCB Moscow',
  offences: [{ description: 'Financing of extremist activity', legalProvision: 'RCC art. 282.3', maxPenaltyMonths: 96 }],
  warrant: { date: '2023-05-15', court: 'Meshchansky District Court of Moscow', number: '3/1-204/2023' }
}])
const S4 = dossier(4, { legalName: 'ئابدۇرېھىم قادىر', latinName: 'Abdurehim Qadir', aliases: ['阿卜杜热合曼·卡德尔'] }, [{
  kind: 'red-notice', requestingCountry: 'CN',
  offences: [{ description: 'Organising, leading or participating in a terrorist organisation', maxPenaltyMonths: null }],
  warrant: { date: '2020-08-19', court: "Kashgar Intermediate People's Court" }
}])
const S5 = dossier(5, { legalName: 'Ўладзімір Дзьмітрыевіч Клімовіч', passport: 'MP4412093' }, [{
  kind: 'sltd', requestingCountry: 'BY', title: 'Passport recorded as lost'
}])
const S6 = dossier(6, { legalName: 'Нодира Раҳимова', latinName: 'Nodira Rahimova' }, [{
  kind: 'red-notice', requestingCountry: 'TJ', offences: [{ description: 'Public calls to overthrow the constitutional order' }]
}])
const S7 = dossier(7, { legalName: 'Karim Haddad', aliases: ['كريم حداد'] }, [{
  kind: 'red-notice', requestingCountry: 'AE', offences: [{ description: 'Issuing a cheque without sufficient funds' }]
}])
const ALL = [S1, S2, S3, S4, S5, S6, S7]

const index = buildDossierIndex(ALL)
const ids = (query: string) => index.search(query).map((h) => h.dossierId)

describe('dossier search: names across scripts', () => {
  it.each(['Yildirim', 'yıldırım', 'YILDIRIM', 'Gulsen', 'Gülşen', 'Gulshen', 'Gulsen Yildirim', 'Yıld'])(
    '%s finds only Gülşen Yıldırım', (q) => {
      expect(ids(q)).toEqual([S1.id])
    })

  it.each(['Жақсылықов', 'Zhaksylykov', 'zhaks', 'Жаксыликов', 'Jaqsylyqov', 'Yerlan', 'Ерлан Жақ'])(
    '%s finds Ерлан Жақсылықов', (q) => {
      expect(ids(q)[0]).toBe(S2.id)
    })

  it.each(['Shcherbakov', 'Scherbakov', 'Fedor Shcherbakov', 'Щербаков', 'щерб', 'Федор'])(
    '%s finds Фёдор Щербаков (stored in Cyrillic only)', (q) => {
      expect(ids(q)).toEqual([S3.id])
    })

  it.each(['Klimovich', 'Klimovitch', 'Uladzimir', 'Клімовіч', 'Климович', 'Klimovic'])(
    '%s finds Ўладзімір Клімовіч (stored in Cyrillic only)', (q) => {
      expect(ids(q)).toEqual([S5.id])
    })

  it.each(['Qadir', 'ئابدۇرېھىم', 'قادىر', 'Abdurehim', '卡德尔', '阿卜杜'])('%s finds the Uyghur client', (q) => {
    expect(ids(q)).toEqual([S4.id])
  })

  it.each(['حداد', 'Haddad', 'كريم', 'Karim Haddad'])('%s finds Karim Haddad', (q) => {
    expect(ids(q)).toEqual([S7.id])
  })

  it('says whether the name or an alias matched', () => {
    expect(index.search('Yildirim')[0]?.matched).toEqual(['name'])
    expect(index.search('Klimovich')[0]?.matched).toEqual(['name'])
    // The Arabic alias matches as spelled; its consonants also match the Latin name "Haddad".
    expect(index.search('حداد')[0]?.matched).toEqual(['name', 'alias'])
  })

  it('matches nothing unrelated', () => {
    expect(ids('Yildirim')).not.toContain(S6.id)
    expect(ids('Rahimova')).toEqual([S6.id])
    expect(ids('Раҳимова')).toEqual([S6.id])
    expect(ids('Yildirim Russia')).toEqual([])
    expect(ids('Petrov')).toEqual([])
  })

  it('finds a name stored only in Arabic script from a Latin spelling', () => {
    const arabicOnly = dossier(8, { legalName: 'كريم حداد' }, [{ kind: 'red-notice', requestingCountry: 'AE' }])
    const small = buildDossierIndex([arabicOnly, S6])
    expect(small.search('Haddad').map((h) => h.dossierId)).toEqual([arabicOnly.id])
    expect(small.search('Karim Haddad').map((h) => h.dossierId)).toEqual([arabicOnly.id])
  })
})

describe('dossier search: case numbers, countries, offences', () => {
  it.each(['2017/118', '2017-118', '2017118', '2017 118', '2017/11'])('warrant number %s finds S1', (q) => {
    expect(ids(q)).toEqual([S1.id])
    expect(index.search(q)[0]?.matched).toContain('case-number')
  })

  it('does not fuzz numbers', () => {
    expect(ids('2017/119')).toEqual([])
    expect(ids('3-1-204-2023')).toEqual([S3.id])
  })

  it('finds a passport number', () => {
    expect(ids('MP4412093')).toEqual([S5.id])
  })

  it.each(['Turkey', 'TR', 'Türkiye', 'tur', 'Turquie', 'Турция'])('country %s finds S1', (q) => {
    const hits = index.search(q)
    expect(hits[0]?.dossierId).toBe(S1.id)
    expect(hits[0]?.matched).toContain('country')
  })

  it('finds by NCB and offence', () => {
    expect(ids('Ankara')).toEqual([S1.id])
    expect(new Set(ids('terrorist'))).toEqual(new Set([S1.id, S4.id]))
    expect(ids('extremist')).toEqual([S3.id])
    expect(index.search('cheque')[0]?.matched).toEqual(['offence'])
  })

  it('combines words across fields', () => {
    expect(ids('Yildirim Turkey')).toEqual([S1.id])
    expect(ids('terrorist China')).toEqual([S4.id])
  })

  it.each(['', '   ', '/-·'])('returns nothing for the empty query %j', (q) => {
    expect(index.search(q)).toEqual([])
  })

  it('searches country names in languages the caller adds', () => {
    const german = buildDossierIndex(ALL, { countryLocales: [de] })
    expect(german.search('Russland').map((h) => h.dossierId)).toEqual([S3.id])
    expect(german.search('Tadschikistan').map((h) => h.dossierId)).toEqual([S6.id])
    expect(ids('Russland')).toEqual([]) // not in the default languages
    expect(ids('Türkei')).toEqual([S1.id]) // but one edit away from Turkey
  })

  it('treats a trailing space as a finished word and ignores stray marks', () => {
    expect(ids('Yild')).toEqual([S1.id])
    expect(ids('Yild ')).toEqual([])
    expect(ids('Yildirim \u0301')).toEqual([S1.id])
  })

  it('ranks an exact spelling above a completion or a near miss', () => {
    const a = dossier(11, { legalName: 'Ivan Petrov' }, [])
    const b = dossier(12, { legalName: 'Ivan Petrova' }, [])
    const c = dossier(13, { legalName: 'Ivan Petrob' }, [])
    const small = buildDossierIndex([c, b, a])
    expect(small.search('Petrov').map((h) => h.dossierId)).toEqual([a.id, b.id, c.id])
  })

  it('honours the limit', () => {
    expect(index.search('terrorist', 1)).toHaveLength(1)
  })
})

describe('dossier search: incremental updates', () => {
  it('replaces, adds and removes dossiers', () => {
    const live = buildDossierIndex([S1, S6, S7])
    const find = (q: string) => live.search(q).map((h) => h.dossierId)

    const renamed = Dossier.parse({ ...S6, client: { ...S6.client, legalName: 'Нодира Саидова', latinName: 'Nodira Saidova' } })
    live.replace(renamed)
    expect(find('Saidova')).toEqual([S6.id])
    expect(find('Rahimova')).toEqual([])
    expect(live.size).toBe(3)

    live.replace(S2) // not indexed yet: replace adds it
    expect(find('Zhaksylykov')).toEqual([S2.id])
    expect(() => live.add(S2)).toThrow()

    live.remove(S7.id)
    live.remove(S7.id) // removing twice is harmless
    expect(find('Haddad')).toEqual([])
    expect(live.size).toBe(3)

    live.add(S7)
    expect(find('Haddad')).toEqual([S7.id])
  })

  it('stays correct after many removals compact the index', () => {
    const many = Array.from({ length: 200 }, (_, i) =>
      dossier(1000 + i, { legalName: `Client${i} Testov` }, [{ kind: 'red-notice', requestingCountry: 'RU', warrant: { number: `W-${i}` } }]))
    const live = buildDossierIndex([...many, S1])
    many.slice(0, 150).forEach((d) => live.remove(d.id))
    expect(live.size).toBe(51)
    expect(live.search('Testov', 500)).toHaveLength(50)
    expect(live.search('W-10').map((h) => h.dossierId)).toEqual([])
    expect(live.search('W-180').map((h) => h.dossierId)).toEqual([many[180]?.id])
    expect(live.search('Yildirim').map((h) => h.dossierId)).toEqual([S1.id])
    live.replace(many[10] as Dossier)
    expect(live.search('W-10').map((h) => h.dossierId)).toEqual([many[10]?.id])
  })
})
