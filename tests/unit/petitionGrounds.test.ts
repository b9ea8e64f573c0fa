// The grounds catalogue and matrix. A small S3-shaped draft (Article 3 and Article 2, a Czech ruling
// and its translation) is linked by hand; every expected number and heading is written out.
import { describe, expect, it } from 'vitest'
import {
  GROUNDS,
  PetitionDraft,
  annexTable,
  argumentOutline,
  exhibitsForGround,
  groundById,
  groundCitationLine,
  groundsAvailable,
  groundsForExhibit,
  unsupportedGrounds,
  type PetitionDraftInput
} from '@shared/petitions'

function s3Draft(patch: Partial<PetitionDraftInput> = {}): PetitionDraft {
  return PetitionDraft.parse({
    schemaVersion: 1,
    id: 'd3',
    dossierId: 'x',
    matterId: 'm',
    requestType: 'correction-deletion',
    updatedAt: '2026-11-23T09:00:00.000Z',
    dataItem: { kind: 'red-notice', requestingCountry: 'RU' },
    exhibits: [
      { id: 'passport', title: 'Passport of the applicant', kind: 'identity-document', attached: true },
      { id: 'ruling', title: 'Prague court ruling refusing extradition', kind: 'court-ruling', language: 'cs', attached: true },
      { id: 'ruling-en', title: 'English translation of the ruling', kind: 'translation', language: 'en', attached: true, translationOf: 'ruling' },
      { id: 'ban', title: 'Decision banning the foundation', kind: 'decision', language: 'ru', attached: true },
      { id: 'receipts', title: 'Donation receipts', kind: 'other', language: 'ru', attached: false }
    ],
    facts: [
      { id: 'f-ban', date: '2021-06-09', text: 'The foundation was banned as extremist.', exhibitIds: ['ban'] },
      { id: 'f-donations', date: '2020-12-01', text: 'The applicant donated to the foundation before the ban.', exhibitIds: ['receipts'] },
      { id: 'f-refusal', date: '2025-12-10', text: 'The Czech court refused extradition.', exhibitIds: ['ruling', 'ruling-en'] }
    ],
    grounds: {
      reasons: 'Political prosecution.',
      chosen: [
        { groundId: 'article-3', argument: 'Donations to a foundation are association, not crime.', factIds: ['f-donations', 'f-ban'], exhibitIds: [] },
        { groundId: 'article-2', argument: '', factIds: ['f-refusal'], exhibitIds: ['ruling'] }
      ]
    },
    ...patch
  })
}

describe('grounds catalogue', () => {
  it('every ground carries at least one citation, and each citation its certainty', () => {
    for (const g of GROUNDS) {
      expect(g.citations.length, g.id).toBeGreaterThan(0)
      for (const c of g.citations) expect(['statutory', 'practice', 'unsettled']).toContain(c.certainty)
    }
  })

  it('uses the reference’s article numbers', () => {
    expect(groundCitationLine('data-quality')).toBe('RPD Art. 12; RPD Art. 83(2)')
    expect(groundCitationLine('red-notice-threshold')).toBe('RPD Art. 83(1)(a)(ii)')
    expect(groundCitationLine('excluded-category')).toBe('RPD Art. 83(1)(a)(i)')
    expect(groundCitationLine('minimum-judicial-data')).toBe('RPD Art. 83(2)')
    expect(groundCitationLine('purpose-achieved')).toBe('RPD Art. 81(3); RPD Art. 52(2)')
    expect(groundCitationLine('article-3')).toBe('Constitution Art. 3; RPD Art. 1(1); RPD Art. 34(3); ROP paras 38–57')
    expect(groundCitationLine('revision-new-fact')).toBe('Statute Art. 42(1)')
  })

  it('the refugee ground says its policy text is unconfirmed', () => {
    expect(groundById('refugee-policy').citations.map((c) => c.certainty)).toEqual(['statutory', 'practice', 'unsettled'])
  })

  it('offers only the grounds that fit the request and the data item', () => {
    expect(groundsAvailable('access')).toEqual([])
    expect(groundsAvailable('revision').map((g) => g.id)).toContain('revision-new-fact')
    const sltd = groundsAvailable('correction-deletion', 'sltd').map((g) => g.id)
    expect(sltd).toEqual(['article-3', 'article-2', 'purpose-achieved', 'data-quality'])
    expect(groundsAvailable('correction-deletion', 'diffusion').map((g) => g.id)).toContain('diffusion-conditions')
    expect(groundsAvailable('correction-deletion', 'diffusion').map((g) => g.id)).not.toContain('red-notice-threshold')
  })

  it('refuses an id that is not in the catalogue', () => {
    expect(() => groundById('innocence' as never)).toThrow(RangeError)
  })
})

describe('grounds ↔ facts ↔ exhibits', () => {
  it('exhibitsForGround: direct links and links through facts, in exhibit-list order', () => {
    expect(exhibitsForGround(s3Draft(), 'article-3').map((e) => [e.number, e.id, e.via])).toEqual([
      [4, 'ban', 'fact'],
      [5, 'receipts', 'fact']
    ])
    expect(exhibitsForGround(s3Draft(), 'article-2').map((e) => [e.number, e.id, e.via])).toEqual([
      [2, 'ruling', 'direct'],
      [3, 'ruling-en', 'fact']
    ])
  })

  it('a ground not chosen has no exhibits', () => {
    expect(exhibitsForGround(s3Draft(), 'data-quality')).toEqual([])
  })

  it('groundsForExhibit: in argument order; the identity document supports none', () => {
    expect(groundsForExhibit(s3Draft(), 'ruling')).toEqual(['article-2'])
    expect(groundsForExhibit(s3Draft(), 'ban')).toEqual(['article-3'])
    expect(groundsForExhibit(s3Draft(), 'passport')).toEqual([])
  })

  it('an exhibit supporting two grounds lists both', () => {
    const d = s3Draft()
    d.grounds.chosen[0]?.exhibitIds.push('ruling')
    expect(groundsForExhibit(d, 'ruling')).toEqual(['article-3', 'article-2'])
  })

  it('a link to an exhibit removed from the list is ignored rather than numbered', () => {
    const d = s3Draft()
    d.grounds.chosen[1]?.exhibitIds.push('gone')
    expect(exhibitsForGround(d, 'article-2').map((e) => e.id)).toEqual(['ruling', 'ruling-en'])
  })
})

describe('argument outline and annex table', () => {
  it('one section per chosen ground, in the lawyer’s order, with citations, facts and exhibits', () => {
    const outline = argumentOutline(s3Draft())
    expect(outline.map((s) => s.groundId)).toEqual(['article-3', 'article-2'])
    const [art3, art2] = outline
    expect(art3).toMatchObject({
      heading: 'Predominantly political, military, religious or racial character (Article 3)',
      citationLine: 'Constitution Art. 3; RPD Art. 1(1); RPD Art. 34(3); ROP paras 38–57',
      argument: 'Donations to a foundation are association, not crime.'
    })
    // Facts follow the statement of facts' order, each with the numbers of its exhibits.
    expect(art3?.facts).toEqual([
      { id: 'f-ban', date: '2021-06-09', text: 'The foundation was banned as extremist.', exhibitNumbers: [4] },
      { id: 'f-donations', date: '2020-12-01', text: 'The applicant donated to the foundation before the ban.', exhibitNumbers: [5] }
    ])
    expect(art2?.exhibits.map((e) => `${e.number} ${e.title}`)).toEqual(['2 Prague court ruling refusing extradition', '3 English translation of the ruling'])
    expect(art2?.citations.map((c) => c.citation)).toEqual(['Constitution Art. 2(1)', 'ROP paras 25–27', 'ROP paras 32–33', 'ROP para 41'])
  })

  it('annex: every exhibit in list order with the grounds it supports', () => {
    const annex = annexTable(s3Draft())
    expect(annex.map((r) => [r.number, r.title, r.groundIds])).toEqual([
      [1, 'Passport of the applicant', []],
      [2, 'Prague court ruling refusing extradition', ['article-2']],
      [3, 'English translation of the ruling', ['article-2']],
      [4, 'Decision banning the foundation', ['article-3']],
      [5, 'Donation receipts', ['article-3']]
    ])
    expect(annex[1]?.grounds).toEqual(['Respect for human rights (Article 2(1))'])
    expect(annex[4]).toMatchObject({ language: 'ru', attached: false })
  })

  it('a revision’s new-fact ground takes the revision answers when no argument is written', () => {
    const d = s3Draft({
      requestType: 'revision',
      revision: { newFact: 'UN WGAD opinion of 28 August 2026.', whyDecisive: 'It finds detention on the same facts arbitrary.' },
      grounds: { reasons: '', chosen: [{ groundId: 'revision-new-fact', argument: '', factIds: [], exhibitIds: [] }] }
    })
    expect(argumentOutline(d)[0]?.argument).toBe('UN WGAD opinion of 28 August 2026.\n\nIt finds detention on the same facts arbitrary.')
  })

  it('flags a chosen ground with nothing behind it', () => {
    const d = s3Draft()
    d.grounds.chosen.push({ groundId: 'data-quality', argument: 'Outdated.', factIds: [], exhibitIds: [] })
    expect(unsupportedGrounds(d)).toEqual(['data-quality'])
  })
})
