// What goes into the bundle worker: the lawyer's arrangement (sections, order, moves) kept in step
// with the matter's exhibits, the BundleInput assembled from it, and the exhibit edit form's
// conversion (validated by the Exhibit schema, messages per field).
import { describe, expect, it } from 'vitest'
import { BundleDefinition } from '../../shared/exhibits/bundleDefinition'
import type { Exhibit } from '../../shared/exhibits/exhibitRecord'
import { BundleInput } from '../../shared/pdf/bundle/bundleInput'
import {
  addSection,
  initialDefinition,
  moveExhibit,
  moveExhibitTo,
  reconcile,
  removeSection,
  renameSection,
  type ArrangementContext
} from '../../renderer/features/exhibits/bundleArrangement'
import { bundleInputFor, originalEntryName, transferableBytes, volumeFileName } from '../../renderer/features/exhibits/bundleAssembly'
import { draftFromExhibit, exhibitFromDraft, LANGUAGE_OTHER } from '../../renderer/features/exhibits/exhibitDraft'
import { shortHash } from '../../renderer/features/exhibits/exhibitFacts'

const MATTER = '6f1d2c3b-4a59-4e6f-8a7b-9c0d1e2f3a4b'
const DOSSIER = '0b1c2d3e-4f50-4617-8829-3a4b5c6d7e8f'
let counter = 0
const uuid = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`
const at = (minute: number) => `2026-11-23T10:${String(minute).padStart(2, '0')}:00.000Z`

function exhibit(title: string, minute: number, over: Partial<Exhibit> = {}): Exhibit {
  return {
    id: uuid(),
    dossierId: DOSSIER,
    matterId: MATTER,
    file: { fileId: uuid(), fileName: `${title}.pdf`, sizeBytes: 1000 + minute, mediaType: 'application/pdf', sha256: String(minute % 10).repeat(64), chunkCount: 1, intakeAt: at(minute) },
    kind: 'pdf',
    title,
    documentDate: '2020-01-0' + ((minute % 9) + 1),
    documentDateSource: 'file-name',
    author: '',
    language: 'en',
    translationOf: null,
    confidential: false,
    grounds: [],
    notes: '',
    pageCount: 2,
    preflight: [],
    createdAt: at(minute),
    updatedAt: at(minute),
    ...over
  }
}

const ctx = (): ArrangementContext => ({ matterId: MATTER, dossierId: DOSSIER, title: 'Evidence bundle — RN-TR', firstSectionTitle: 'Exhibits', newId: uuid, now: at(59) })
const ids = (d: BundleDefinition) => d.sections.map((s) => s.exhibitIds)

describe('the bundle arrangement', () => {
  const a = exhibit('Warrant', 3)
  const b = exhibit('Ruling', 1)
  const c = exhibit('Refusal', 2)

  it('starts with one section "Exhibits" holding the bundleable exhibits in intake order, 20 MB, not frozen', () => {
    const d = initialDefinition(ctx(), [a, b, c])
    expect(d.sections).toHaveLength(1)
    expect(d.sections[0]!.title).toBe('Exhibits')
    expect(ids(d)).toEqual([[b.id, c.id, a.id]])
    expect(d.maxFileMb).toBe(20)
    expect(d.numbering).toBeNull()
    expect(BundleDefinition.safeParse(d).success).toBe(true)
  })

  it('appends new exhibits to the last section, drops deleted ones, and reports no change when in step', () => {
    let d = initialDefinition(ctx(), [b, c])
    d = addSection(d, uuid(), 'Translations', at(50))
    const late = exhibit('Late report', 40)
    const r = reconcile(d, [b, late], at(51))
    expect(r.changed).toBe(true)
    expect(ids(r.definition)).toEqual([[b.id], [late.id]])
    const again = reconcile(r.definition, [b, late], at(52))
    expect(again.changed).toBe(false)
    expect(again.definition).toBe(r.definition)
  })

  it('moves up and down within a section and across section boundaries; the ends stay put', () => {
    let d = initialDefinition(ctx(), [b, c, a])
    d = moveExhibit(d, a.id, -1, at(50))
    expect(ids(d)).toEqual([[b.id, a.id, c.id]])
    expect(moveExhibit(d, b.id, -1, at(50))).toBe(d)
    d = addSection(d, uuid(), 'Reports', at(50))
    d = moveExhibit(d, c.id, 1, at(51))
    expect(ids(d)).toEqual([[b.id, a.id], [c.id]])
    d = moveExhibit(d, c.id, -1, at(52))
    expect(ids(d)).toEqual([[b.id, a.id, c.id], []])
  })

  it('drags before another exhibit or to the end of a section, and ignores unknown targets', () => {
    let d = initialDefinition(ctx(), [b, c, a])
    const second = uuid()
    d = addSection(d, second, 'Reports', at(50))
    d = moveExhibitTo(d, a.id, { sectionId: d.sections[0]!.id, beforeId: b.id }, at(51))
    expect(ids(d)).toEqual([[a.id, b.id, c.id], []])
    d = moveExhibitTo(d, b.id, { sectionId: second, beforeId: null }, at(52))
    expect(ids(d)).toEqual([[a.id, c.id], [b.id]])
    expect(moveExhibitTo(d, b.id, { sectionId: uuid(), beforeId: null }, at(53))).toBe(d)
  })

  it('renames with the schema message for an empty title, and a removed section hands its exhibits to the one above', () => {
    let d = initialDefinition(ctx(), [b, c])
    const second = uuid()
    d = addSection(d, second, 'Reports', at(50))
    d = moveExhibit(d, c.id, 1, at(50))
    expect(() => renameSection(d, second, '  ', at(51))).toThrow(/Give the section a title/)
    d = renameSection(d, second, 'NGO reports', at(51))
    expect(d.sections[1]!.title).toBe('NGO reports')
    d = removeSection(d, second, at(52))
    expect(ids(d)).toEqual([[b.id, c.id]])
    expect(removeSection(d, d.sections[0]!.id, at(53))).toBe(d)
  })
})

describe('the BundleInput assembled for the worker', () => {
  const original = exhibit('Tutanak', 1, { language: 'tr' })
  const translation = exhibit('Record (English)', 2, { translationOf: original.id })
  const other = exhibit('notes.docx', 3, { kind: 'other' })

  it('follows the arrangement, notes translations, leaves out unread originals and empty sections, and passes the schema', () => {
    let d = initialDefinition(ctx(), [original, translation])
    d = addSection(d, uuid(), 'Empty', at(50))
    const byId = new Map([original, translation, other].map((e) => [e.id, e]))
    const bytes = new Map([[translation.id, new Uint8Array([1, 2, 3])]])
    const input = bundleInputFor(d, byId, bytes, 'RN-TR-1', (t) => `Translation of “${t}”`)
    expect(input).not.toBeNull()
    const parsed = BundleInput.parse(input)
    expect(parsed.sections).toHaveLength(1)
    expect(parsed.sections[0]!.exhibits.map((e) => e.title)).toEqual(['Record (English)'])
    expect(parsed.sections[0]!.exhibits[0]!.note).toBe('Translation of “Tutanak”')
    expect(parsed.maxBytes).toBe(20_000_000)
    expect(parsed.reference).toBe('RN-TR-1')
    expect(bundleInputFor(d, byId, new Map(), 'RN-TR-1', (t) => t)).toBeNull()
  })

  it('names volumes and zip entries, and gives bytes a buffer of their own kind', () => {
    expect(volumeFileName('RN-TR-1', 1, 1)).toBe('RN-TR-1 evidence bundle.pdf')
    expect(volumeFileName('RN-TR-1', 2, 3)).toBe('RN-TR-1 evidence bundle vol 2 of 3.pdf')
    expect(originalEntryName({ exhibitId: 'x', label: '5', volume: 1, firstPageIndex: 3, pageCount: 1, pageNumbers: ['9'] }, 'warrant.pdf')).toBe('5 - warrant.pdf')
    const view = new Uint8Array([9, 8, 7, 6]).subarray(1, 3)
    const own = transferableBytes(view)
    expect([...own]).toEqual([8, 7])
    expect(own.buffer).toBe(view.buffer)
    expect(shortHash('ab'.repeat(32))).toBe('abababababab…')
  })
})

describe('the exhibit edit form', () => {
  const e = exhibit('Arrest warrant', 4, { language: 'ky' })

  it('round-trips an exhibit, marks a changed date as entered by the user, and keeps the file untouched', () => {
    const draft = draftFromExhibit(e)
    expect(draft.languageChoice).toBe(LANGUAGE_OTHER)
    expect(draft.languageCode).toBe('ky')
    const same = exhibitFromDraft(e, draft, at(30))
    expect(same.exhibit?.documentDateSource).toBe('file-name')
    const changed = exhibitFromDraft(e, { ...draft, documentDate: '2017-02-02', languageChoice: 'tr', grounds: ['article-3'], confidential: true }, at(31))
    expect(changed.errors).toBeNull()
    expect(changed.exhibit).toMatchObject({ documentDate: '2017-02-02', documentDateSource: 'user', language: 'tr', grounds: ['article-3'], confidential: true, file: e.file })
    const cleared = exhibitFromDraft(e, { ...draft, documentDate: '', languageChoice: '' }, at(32))
    expect(cleared.exhibit).toMatchObject({ documentDate: null, documentDateSource: null, language: null })
  })

  it('names each bad field: empty title, impossible date, bad language code, translation of itself', () => {
    const draft = draftFromExhibit(e)
    const result = exhibitFromDraft(e, { ...draft, title: ' ', documentDate: '2025-02-29', languageCode: 'not a code', translationOf: e.id }, at(33))
    expect(result.exhibit).toBeNull()
    expect(result.errors).toMatchObject({
      title: 'Give the exhibit a title.',
      documentDate: 'Document date: this date does not exist in the calendar.',
      translationOf: 'An exhibit cannot be a translation of itself.'
    })
    expect(result.errors?.language).toMatch(/^Language code \(BCP 47\): use a language code/)
    const empty = exhibitFromDraft(e, { ...draft, languageCode: '' }, at(34))
    expect(empty.errors?.language).toMatch(/language code/)
  })
})
