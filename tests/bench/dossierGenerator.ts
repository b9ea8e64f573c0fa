// Deterministic synthetic dossiers in several scripts, shaped like the scenarios' clients.
import { Dossier, type Dossier as DossierT, type EventType } from '@shared/domain'

const GIVEN: Array<[string, string]> = [
  ['Gülşen', 'Gulsen'], ['Ерлан', 'Yerlan'], ['Фёдор', 'Fyodor'], ['ئابدۇرېھىم', 'Abdurehim'], ['Нодира', 'Nodira'],
  ['كريم', 'Karim'], ['Ўладзімір', 'Uladzimir'], ['Mehmet', 'Mehmet'], ['Айгерим', 'Aigerim'], ['فاطمة', 'Fatima'],
  ['阿依古丽', 'Ayguli'], ['Şükrü', 'Sukru'], ['Дмитрий', 'Dmitry'], ['Zeynep', 'Zeynep'], ['Бахтиёр', 'Bakhtiyor']
]
const FAMILY: Array<[string, string]> = [
  ['Yıldırım', 'Yildirim'], ['Жақсылықов', 'Zhaksylykov'], ['Щербаков', 'Shcherbakov'], ['قادىر', 'Qadir'], ['Раҳимова', 'Rahimova'],
  ['حداد', 'Haddad'], ['Клімовіч', 'Klimovich'], ['Öztürk', 'Ozturk'], ['Нұрланова', 'Nurlanova'], ['العلي', 'Al-Ali'],
  ['Çelik', 'Celik'], ['Соколов', 'Sokolov'], ['Karimov', 'Karimov'], ['Əliyev', 'Aliyev'], ['Toktogulov', 'Toktogulov']
]
const COUNTRIES = ['TR', 'KZ', 'RU', 'CN', 'TJ', 'BY', 'AE', 'EG', 'UZ', 'AZ']
const EVENT_TYPES: EventType[] = ['border-stop', 'arrest', 'release', 'court-hearing', 'access-request-sent', 'ccf-reply', 'other']

function rng(seed: number) {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

function uuid(next: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16)).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

const pick = <T>(next: () => number, xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T
const date = (next: () => number, from: number, to: number) => {
  const y = from + Math.floor(next() * (to - from))
  return `${y}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`
}

export function generateDossiers(count: number, seed = 42): DossierT[] {
  const next = rng(seed)
  const now = '2026-11-23T09:00:00.000Z'
  return Array.from({ length: count }, (_, i) => {
    const id = uuid(next)
    const [g, gl] = pick(next, GIVEN)
    const [f, fl] = pick(next, FAMILY)
    const matters = [0, 1].map((m) => ({
      id: uuid(next),
      clientId: id,
      kind: m === 0 ? 'red-notice' : pick(next, ['diffusion', 'sltd'] as const),
      requestingCountry: pick(next, COUNTRIES),
      ncb: `NCB ${pick(next, ['Ankara', 'Astana', 'Moscow', 'Beijing', 'Dushanbe', 'Minsk'])}`,
      interpolReference: `${2015 + (i % 11)}/${10000 + i * 2 + m}`,
      offences: [{ description: pick(next, ['Fraud on a large scale', 'Financing of extremist activity', 'Membership of an armed organisation', 'Issuing a cheque without sufficient funds']), legalProvision: `Art. ${100 + Math.floor(next() * 300)}`, maxPenaltyMonths: 24 + Math.floor(next() * 180) }],
      warrant: { date: date(next, 2015, 2026), court: 'District Court', number: `${2015 + (i % 11)}/${Math.floor(next() * 9000) + 100}` },
      howLearned: 'Stopped at a border; the officer mentioned an INTERPOL alert.',
      stage: 'confirmed',
      createdAt: now,
      updatedAt: now
    }))
    const events = matters.flatMap((m) =>
      Array.from({ length: 10 }, () => ({ id: uuid(next), matterId: m.id, type: pick(next, EVENT_TYPES), date: date(next, 2018, 2027), summary: 'Timeline entry with a short factual summary of what happened on this day.', createdAt: now }))
    )
    return Dossier.parse({
      schemaVersion: 1,
      id,
      client: { id, legalName: `${g} ${f}`, latinName: `${gl} ${fl}`, dateOfBirth: date(next, 1950, 2000), nationalities: [pick(next, COUNTRIES)], createdAt: now, updatedAt: now },
      matters,
      events
    })
  })
}

/** What a lawyer types: partial Latin surnames, names in the original script, case numbers, countries. */
export function searchQueries(dossiers: DossierT[], count: number, seed = 7): string[] {
  const next = rng(seed)
  return Array.from({ length: count }, (_, i) => {
    const d = pick(next, dossiers)
    const latin = d.client.latinName.split(' ')[1] ?? ''
    switch (i % 5) {
      case 0: return latin.slice(0, 3)
      case 1: return latin.slice(0, 6)
      case 2: return d.client.legalName.split(' ')[1] ?? ''
      case 3: return d.matters[0]?.interpolReference ?? ''
      default: return `${d.client.latinName.split(' ')[0]} ${latin.slice(0, 4)}`
    }
  })
}
