// Enter once, reuse everywhere: a new draft starts from what the dossier already knows, and what the
// lawyer corrects in the wizard about the client or the data item goes back to the dossier.
//
// Write-back fills in and updates; it never erases. An answer left empty in the wizard keeps the
// dossier's value, because an empty field in a half-finished petition is far more often "not
// reached yet" than "delete this from the client's file" (deleting belongs on the dossier page).
// A value the dossier's own schema refuses (a half-typed date) is skipped and reported.
import { ClientContact, IdDocument, ProtectionStatus, type Client as ClientT } from '../domain/client'
import type { Dossier } from '../domain/dossier'
import { Offence, type Matter as MatterT } from '../domain/matter'
import { CountryCode, IsoDate, LanguageTag } from '../domain/primitives'
import type { TimelineEvent } from '../domain/timeline'
import { PETITION_DRAFT_SCHEMA_VERSION, PetitionDraft, type ExhibitRef, type Fact, type PetitionDraft as Draft } from './draftModel'
import { countryName, type PetitionType } from './guidance'
import { protectionKindOf, protectionToDraft } from './refugeePolicy'
import { latestDecisionAndDiscovery, suggestRequestType } from './requestRouter'

export interface PrefillOptions {
  /** Defaults to the request router's suggestion. */
  requestType?: PetitionType
  /** yyyy-mm-dd, for the router. */
  today: string
  /** Draft id; a random UUID when absent. */
  draftId?: string
  /** ISO timestamp for updatedAt; the current time when absent. */
  now?: string
}

/** Timeline events that are facts of the case (procedural clocks and deadline marks are not). */
const FACT_EVENTS = new Set<TimelineEvent['type']>([
  'border-stop', 'arrest', 'release', 'court-hearing', 'extradition-decision', 'ccf-reply', 'ccf-decision',
  'discovery-of-new-fact', 'notice-suspended', 'asylum-decision', 'uk-part1-extradition-order',
  'uk-part2-order-notified', 'uk-high-court-decision', 'other'
])

const ID_DOCUMENT_NAMES: Record<IdDocument['kind'], string> = {
  passport: 'Passport',
  'national-id': 'National identity card',
  'residence-permit': 'Residence permit',
  'refugee-travel-document': 'Refugee travel document',
  other: 'Identity document'
}

export function prefillFromDossier(dossier: Dossier, matterId: string, options: PrefillOptions): Draft {
  const matter = dossier.matters.find((m) => m.id === matterId)
  if (!matter) throw new RangeError(`Matter ${matterId} is not in this dossier.`)
  const { client } = dossier
  const requestType = options.requestType ?? suggestRequestType(dossier, matterId, { today: options.today }).suggestion
  const events = dossier.events.filter((e) => e.matterId === matterId || e.matterId === undefined)
  const idDocument = client.idDocuments.find((d) => d.kind === 'passport') ?? client.idDocuments[0]
  const { decision, discovery } = latestDecisionAndDiscovery(events)
  const p = client.protection

  const exhibits: ExhibitRef[] = [
    { id: 'identity-document', title: `${ID_DOCUMENT_NAMES[idDocument?.kind ?? 'other']} of the applicant`, kind: 'identity-document', attached: false },
    { id: 'power-of-attorney', title: 'Power of attorney', kind: 'power-of-attorney', attached: false }
  ]
  if (p.kind !== 'none' && p.kind !== 'asylum-seeker' && p.grantingCountry)
    exhibits.push({ id: 'protection-decision', title: `Protection decision (${countryName(p.grantingCountry)}${p.reference ? `, ${p.reference}` : ''})`, kind: 'decision', attached: false })
  if (decision) exhibits.push({ id: 'ccf-decision', title: `CCF decision of ${decision.date}`, kind: 'decision', attached: false })

  const facts: Fact[] = events
    .filter((e) => FACT_EVENTS.has(e.type))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((e) => ({ id: `event-${e.id}`, date: e.date, text: e.details ? `${e.summary}. ${e.details}` : e.summary, exhibitIds: [], sourceEventId: e.id }))

  const chosen =
    requestType === 'refugee-status-deletion'
      ? [{ groundId: 'refugee-policy' as const, argument: '', factIds: [], exhibitIds: exhibits.some((x) => x.id === 'protection-decision') ? ['protection-decision'] : [] }]
      : requestType === 'revision'
        ? [{ groundId: 'revision-new-fact' as const, argument: '', factIds: discovery ? [`event-${discovery.id}`] : [], exhibitIds: [] }]
        : []

  return PetitionDraft.parse({
    schemaVersion: PETITION_DRAFT_SCHEMA_VERSION,
    id: options.draftId ?? crypto.randomUUID(),
    dossierId: dossier.id,
    matterId,
    requestType,
    updatedAt: options.now ?? new Date().toISOString(),
    applicant: {
      legalName: client.legalName,
      latinName: client.latinName,
      dateOfBirth: client.dateOfBirth ?? '',
      placeOfBirth: client.placeOfBirth,
      nationalities: client.nationalities,
      aliases: client.aliases,
      contact: { email: client.contact.email, phone: client.contact.phone, address: client.contact.address },
      identityDocument: idDocument ? { kind: idDocument.kind, number: idDocument.number, issuingCountry: idDocument.issuingCountry } : {}
    },
    request: {
      clientLanguage: client.preferredLanguage ?? '',
      accessPurpose: requestType === 'access' ? 'Simple request for access to any data concerning the applicant processed in INTERPOL’s Information System, and to the identity of their source.' : ''
    },
    dataItem: {
      kind: matter.kind,
      requestingCountry: matter.requestingCountry,
      ncb: matter.ncb,
      interpolReference: matter.interpolReference,
      description: matter.howLearned,
      offences: matter.offences.map((o) => ({ ...o })),
      warrant: { date: matter.warrant.date ?? '', court: matter.warrant.court, number: matter.warrant.number }
    },
    refugee: { ...protectionToDraft(p), grantingCountry: p.grantingCountry ?? '', grantedOn: p.grantedOn ?? '', reference: p.reference, statusDocumentExhibitId: exhibits.some((x) => x.id === 'protection-decision') ? 'protection-decision' : '' },
    revision: {
      previousDecisionDate: decision?.date ?? '',
      previousDecisionExhibitId: decision ? 'ccf-decision' : '',
      newFact: discovery?.summary ?? '',
      discoveryDate: discovery?.date ?? ''
    },
    exhibits,
    facts,
    grounds: { chosen }
  })
}

export interface WriteBackResult {
  dossier: Dossier
  /** Labels of the dossier fields that changed, for "Updated in the client's file: …". */
  changed: string[]
  /** Draft answers the dossier could not take, with the reason. */
  skipped: Array<{ field: string; reason: string }>
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)
/** A trimmed answer, or undefined when the lawyer left it empty (write-back never erases). */
const given = (s: string) => (s.trim() === '' ? undefined : s.trim())

export function writeBackToDossier(draft: Draft, dossier: Dossier, options: { now?: string } = {}): WriteBackResult {
  const now = options.now ?? new Date().toISOString()
  const changed: string[] = []
  const skipped: WriteBackResult['skipped'] = []
  const client: ClientT = structuredClone(dossier.client)
  const a = draft.applicant

  /** Applies one answer when it is given and valid; records what changed. */
  function put<T>(field: string, current: T, next: T | undefined, valid: boolean, assign: (v: T) => void) {
    if (next === undefined) return
    if (!valid) return void skipped.push({ field, reason: 'not a valid value for the client’s file' })
    if (same(current, next)) return
    assign(next)
    changed.push(field)
  }
  put('Full name', client.legalName, given(a.legalName), true, (v) => (client.legalName = v))
  put('Latin transliteration', client.latinName, given(a.latinName), true, (v) => (client.latinName = v))
  put('Date of birth', client.dateOfBirth, given(a.dateOfBirth), IsoDate.safeParse(a.dateOfBirth).success, (v) => (client.dateOfBirth = v))
  put('Place of birth', client.placeOfBirth, given(a.placeOfBirth), true, (v) => (client.placeOfBirth = v))
  put('Nationalities', client.nationalities, a.nationalities.length ? a.nationalities : undefined, a.nationalities.every((c) => CountryCode.safeParse(c).success), (v) => (client.nationalities = v))
  put('Aliases', client.aliases, a.aliases.length ? a.aliases : undefined, true, (v) => (client.aliases = v))
  put('E-mail', client.contact.email, given(a.contact.email), ClientContact.shape.email.safeParse(a.contact.email.trim()).success, (v) => (client.contact.email = v))
  put('Phone', client.contact.phone, given(a.contact.phone), true, (v) => (client.contact.phone = v))
  put('Address', client.contact.address, given(a.contact.address), true, (v) => (client.contact.address = v))
  put('Preferred language', client.preferredLanguage, given(draft.request.clientLanguage), LanguageTag.safeParse(draft.request.clientLanguage).success, (v) => (client.preferredLanguage = v))

  const doc = a.identityDocument
  if (doc.kind && given(doc.number)) {
    const candidate = IdDocument.safeParse({ kind: doc.kind, number: doc.number.trim(), issuingCountry: doc.issuingCountry })
    if (!candidate.success) skipped.push({ field: 'Identity document', reason: 'the issuing country is missing or not valid' })
    else {
      const index = client.idDocuments.findIndex((d) => d.kind === doc.kind && d.number === doc.number.trim())
      const current = index >= 0 ? client.idDocuments[index] : undefined
      // Keep what only the dossier records (issue and expiry dates).
      const merged = { ...current, ...candidate.data }
      if (!same(current, merged)) {
        if (index >= 0) client.idDocuments[index] = merged
        else client.idDocuments.push(merged)
        changed.push('Identity document')
      }
    }
  }

  const protectionKind = protectionKindOf(draft.refugee)
  if (protectionKind) {
    const r = draft.refugee
    const next = ProtectionStatus.safeParse({ kind: protectionKind, grantingCountry: given(r.grantingCountry), grantedOn: given(r.grantedOn), reference: r.reference.trim() || client.protection.reference })
    put('Protection status', client.protection, next.success ? next.data : client.protection, next.success, (v) => (client.protection = v))
  }

  const matters = dossier.matters.map((m) => (m.id === draft.matterId ? writeBackMatter(draft, m, now, changed, skipped) : m))
  const clientChanged = !same(client, dossier.client)
  if (clientChanged) client.updatedAt = now
  return { dossier: { ...dossier, client: clientChanged ? client : dossier.client, matters }, changed, skipped }
}

function writeBackMatter(draft: Draft, matter: MatterT, now: string, changed: string[], skipped: WriteBackResult['skipped']): MatterT {
  const d = draft.dataItem
  const next: MatterT = structuredClone(matter)
  const invalid = (field: string, reason = 'not a valid value for the client’s file') => skipped.push({ field, reason })
  /** Same rule as for the client: a given, valid answer that differs replaces the matter's value. */
  function put<K extends keyof MatterT>(field: string, key: K, value: MatterT[K] | undefined) {
    if (value === undefined || same(value, next[key])) return
    next[key] = value
    changed.push(field)
  }

  put('Data item', 'kind', d.kind)
  const country = given(d.requestingCountry)
  if (country !== undefined && !CountryCode.safeParse(country).success) invalid('Requesting country')
  else put('Requesting country', 'requestingCountry', country)
  put('NCB', 'ncb', given(d.ncb))
  put('INTERPOL reference', 'interpolReference', given(d.interpolReference))
  if (d.offences.length) {
    const offences = d.offences.map((o) => Offence.safeParse(o))
    if (offences.every((o) => o.success)) put('Offences', 'offences', offences.map((o) => o.data as MatterT['offences'][number]))
    else invalid('Offences', 'an offence has no description')
  }
  const w = d.warrant
  const warrant = { date: given(w.date) ?? next.warrant.date, court: given(w.court) ?? next.warrant.court, number: given(w.number) ?? next.warrant.number }
  if (warrant.date !== undefined && !IsoDate.safeParse(warrant.date).success) invalid('Arrest warrant', 'the date is not a valid yyyy-mm-dd day')
  else put('Arrest warrant', 'warrant', warrant)

  if (same(next, matter)) return matter
  next.updatedAt = now
  return next
}
