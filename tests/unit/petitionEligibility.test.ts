// Eligibility and grounds checks: statuses, citations and certainty written by hand from
// ccf-domain.md (RPD Art. 83, Art. 34(3), ROP, GA-2017-86-RES-09), and scenarios S2, S3, S4, S5, S7.
import { describe, expect, it } from 'vitest'
import {
  eligibilityChecks,
  groundsSuggestedByChecks,
  penaltyThresholdCheck,
  PetitionDraft,
  type EligibilityCheck,
  type PetitionDraftInput
} from '@shared/petitions'

function draft(patch: Partial<PetitionDraftInput> = {}): PetitionDraft {
  return PetitionDraft.parse({
    schemaVersion: 1,
    id: 'd',
    dossierId: 'x',
    matterId: 'm',
    requestType: 'correction-deletion',
    updatedAt: '2026-11-23T09:00:00.000Z',
    ...patch,
    dataItem: { kind: 'red-notice', requestingCountry: 'TR', ...patch.dataItem }
  })
}
const check = (checks: EligibilityCheck[], id: string) => {
  const found = checks.find((c) => c.id === id)
  if (!found) throw new Error(`no check ${id}: ${checks.map((c) => c.id).join(', ')}`)
  return found
}
const offences = (...months: Array<number | null | undefined>) => months.map((m, i) => ({ description: `Offence ${i + 1}`, ...(m === undefined ? {} : { maxPenaltyMonths: m }) }))

describe('RPD Art. 83(1)(a)(ii) penalty thresholds', () => {
  it('prosecution, maximum 23 months: under 2 years, may support deletion', () => {
    const c = penaltyThresholdCheck(draft({ dataItem: { basis: 'prosecution', offences: offences(23) } }))
    expect(c).toMatchObject({ status: 'supports', citation: 'RPD Art. 83(1)(a)(ii)', certainty: 'statutory', groundId: 'red-notice-threshold' })
    expect(c.text).toBe(
      'The maximum penalty (23 months) is under the 2-year threshold for prosecution: this may support deletion. Note that the General Secretariat may exceptionally publish a notice below the threshold where the case is of particular importance (RPD Art. 83(1)).'
    )
  })

  it('prosecution, maximum 24 months: at the threshold, does not support deletion', () => {
    const c = penaltyThresholdCheck(draft({ dataItem: { basis: 'prosecution', offences: offences(24) } }))
    expect(c.status).toBe('against')
    expect(c.text).toBe('The maximum penalty for "Offence 1" is 24 months (2 years), at or above the 2-year threshold; one qualifying offence is enough for a notice, so the threshold does not support deletion.')
  })

  it('life imprisonment (S4): does not support deletion', () => {
    const c = penaltyThresholdCheck(draft({ dataItem: { basis: 'prosecution', offences: offences(null) } }))
    expect(c.status).toBe('against')
    expect(c.text).toContain('is life imprisonment, at or above the 2-year threshold')
  })

  it('one qualifying offence among several is enough for a notice', () => {
    expect(penaltyThresholdCheck(draft({ dataItem: { basis: 'prosecution', offences: offences(12, 30) } })).status).toBe('against')
    const low = penaltyThresholdCheck(draft({ dataItem: { basis: 'prosecution', offences: offences(12, 18) } }))
    expect(low.status).toBe('supports')
    expect(low.text).toContain('(18 months, the highest of the offences)')
  })

  it('a penalty not recorded, or no offences, leaves it unknown', () => {
    expect(penaltyThresholdCheck(draft({ dataItem: { basis: 'prosecution', offences: offences(12, undefined) } })).status).toBe('unknown')
    expect(penaltyThresholdCheck(draft({ dataItem: { offences: [] } })).status).toBe('unknown')
  })

  it('an unknown basis is read as prosecution, and the text says so', () => {
    expect(penaltyThresholdCheck(draft({ dataItem: { offences: offences(10) } })).text).toContain('(assuming the notice seeks prosecution, not the enforcement of a sentence)')
  })

  it('sentence: under 6 months imposed may support deletion', () => {
    const c = penaltyThresholdCheck(draft({ dataItem: { basis: 'sentence', sentence: { imposedMonths: 5, remainingMonths: 5 } } }))
    expect(c).toMatchObject({ status: 'supports', certainty: 'statutory' })
  })

  it('sentence: under 6 months left of a longer sentence may support deletion, but "and/or" makes it unsettled', () => {
    const c = penaltyThresholdCheck(draft({ dataItem: { basis: 'sentence', sentence: { imposedMonths: 36, remainingMonths: 4 } } }))
    expect(c).toMatchObject({ status: 'supports', certainty: 'unsettled' })
    expect(c.text).toContain('Under 6 months of the sentence remain to be served (4 months)')
    expect(c.text).toContain('depends on how "and/or" is read')
  })

  it('sentence: 6 months or more left does not support deletion (S7: 3 years in absentia)', () => {
    const c = penaltyThresholdCheck(draft({ dataItem: { basis: 'sentence', sentence: { imposedMonths: 36, remainingMonths: 36 } } }))
    expect(c.status).toBe('against')
    expect(c.text).toBe('36 months (3 years) of the sentence remain to be served, at or above the 6-month threshold: the threshold does not support deletion.')
  })

  it('thresholds are conditions of red notices: not applicable to a diffusion or an SLTD entry', () => {
    const diffusion = penaltyThresholdCheck(draft({ dataItem: { kind: 'diffusion', basis: 'prosecution', offences: offences(6) } }))
    expect(diffusion).toMatchObject({ status: 'not-applicable', citation: 'RPD Art. 83(1)(a)(ii); RPD Art. 99(3)' })
    expect(penaltyThresholdCheck(draft({ dataItem: { kind: 'sltd' } })).status).toBe('not-applicable')
  })
})

describe('RPD Art. 83(1)(a)(i) excluded categories, ticked by the lawyer', () => {
  it('nothing ticked: a prompt to consider the categories', () => {
    const c = check(eligibilityChecks(draft()), 'excluded-category')
    expect(c).toMatchObject({ status: 'unknown', citation: 'RPD Art. 83(1)(a)(i)' })
  })

  it('S7 private dispute on a red notice: may support deletion, with the 2018 cheque decision shown as a risk', () => {
    const checks = eligibilityChecks(draft({ assessment: { excludedCategories: ['private-dispute'] } }))
    expect(check(checks, 'excluded-category.private-dispute')).toEqual({
      id: 'excluded-category.private-dispute',
      status: 'supports',
      certainty: 'statutory',
      citation: 'RPD Art. 83(1)(a)(i)',
      groundId: 'excluded-category',
      text: 'Marked as a private dispute: red notices may not be published for such offences, which may support deletion.'
    })
    const risk = check(checks, 'excluded-category.precedent-risk')
    expect(risk).toMatchObject({ status: 'against', certainty: 'practice', citation: 'CCF Decision No. 2 (2018), published excerpt' })
    expect(risk.text).toContain('unfunded cheques in a private matter, with a trial in absentia')
  })

  it('S2 commercial dispute behind a suspected diffusion: may support deletion, unsettled because the rule is written for red notices', () => {
    const c = check(eligibilityChecks(draft({ dataItem: { kind: 'diffusion', requestingCountry: 'KZ' }, assessment: { excludedCategories: ['private-dispute'] } })), 'excluded-category.private-dispute')
    expect(c).toMatchObject({ status: 'supports', certainty: 'unsettled' })
    expect(c.text).toContain('If the access reply shows a red notice, it may support deletion directly.')
  })

  it('an alleged link to organised crime takes a private dispute out of the exclusion: unknown', () => {
    const c = check(eligibilityChecks(draft({ assessment: { excludedCategories: ['private-dispute'], seriousCrimeLinkAlleged: true } })), 'excluded-category.private-dispute')
    expect(c.status).toBe('unknown')
  })

  it('the family-matter exclusion is not subject to the organised-crime proviso', () => {
    const c = check(eligibilityChecks(draft({ assessment: { excludedCategories: ['family-private-matter'], seriousCrimeLinkAlleged: true } })), 'excluded-category.family-private-matter')
    expect(c.status).toBe('supports')
  })
})

describe('RPD Art. 83(2) minimum judicial data', () => {
  it('unknown until the notice itself is known', () => {
    expect(check(eligibilityChecks(draft()), 'minimum-judicial-data').status).toBe('unknown')
  })

  it('names what the notice as disclosed lacks', () => {
    const c = check(
      eligibilityChecks(draft({ dataItem: { noticeContentKnown: true, offences: [{ description: 'Fraud', legalProvision: 'Art. 190', maxPenaltyMonths: 120 }], warrant: { court: 'Almaty District Court' } } })),
      'minimum-judicial-data'
    )
    expect(c).toMatchObject({ status: 'supports', citation: 'RPD Art. 83(2)' })
    expect(c.text).toBe('The notice as disclosed does not state a summary of facts, a reference to a valid arrest warrant: this may support correction or deletion.')
  })

  it('complete data: against', () => {
    const c = check(
      eligibilityChecks(draft({ dataItem: { noticeContentKnown: true, noticeFactsSummary: 'Loan not repaid.', offences: [{ description: 'Fraud', legalProvision: 'Art. 190', maxPenaltyMonths: 120 }], warrant: { number: '2021/55' } } })),
      'minimum-judicial-data'
    )
    expect(c.status).toBe('against')
  })
})

describe('Article 3 (RPD Art. 34(3)) and Article 2 (ROP)', () => {
  it('lists the seven elements of RPD Art. 34(3) as a checklist', () => {
    const ids = eligibilityChecks(draft()).filter((c) => c.id.startsWith('article3.')).map((c) => c.id)
    expect(ids).toEqual([
      'article3.nature-of-offence',
      'article3.status-of-persons',
      'article3.identity-of-source',
      'article3.positions-of-others',
      'article3.international-law-obligations',
      'article3.neutrality-implications',
      'article3.general-context'
    ])
  })

  it('the lawyer’s assessment and chapters become cited guidance (S1: journalist, state-security charges)', () => {
    const checks = eligibilityChecks(
      draft({ assessment: { article3Factors: [{ factor: 'status-of-persons', leaning: 'points-to-article-3', note: 'Journalist at a closed newspaper' }], repositoryChapters: ['freedom-of-expression', 'state-security'] } })
    )
    const status = check(checks, 'article3.status-of-persons')
    expect(status).toMatchObject({ status: 'supports', citation: 'RPD Art. 34(3); ROP para 55', groundId: 'article-3' })
    expect(status.text).toContain('may support an Article 3 argument. Lawyer’s note: Journalist at a closed newspaper')
    expect(check(checks, 'article3.repository-chapters').text).toContain('freedom of expression; offences against State security')
    expect(check(checks, 'article3.general-context').citation).toBe('RPD Art. 34(3); ROP paras 55–56')
  })

  it('S3: a foreign court’s extradition refusal may support Articles 2 and 3 (ROP paras 25–27, 41)', () => {
    const c = check(
      eligibilityChecks(draft({ assessment: { findings: [{ id: 'cz', kind: 'extradition-refusal', body: 'Municipal Court in Prague', date: '2025-12-10', summary: 'political character, risk of unfair trial' }] } })),
      'article2.finding.cz'
    )
    expect(c).toMatchObject({ status: 'supports', citation: 'ROP paras 25–27, 41', certainty: 'practice' })
    expect(c.text).toBe(
      'Extradition refused by Municipal Court in Prague (10 December 2025): political character, risk of unfair trial. Its reasoning is considered and may support Article 2 and Article 3 arguments, though a refusal does not by itself bring the case under Article 3.'
    )
  })

  it('no finding recorded: consider one', () => {
    expect(check(eligibilityChecks(draft()), 'article2.findings').status).toBe('unknown')
  })
})

describe('refugee policy (GA-2017-86-RES-09)', () => {
  it('S4 asylum seeker: not yet, with the message to revisit; unsettled because practitioners’ accounts differ', () => {
    const checks = eligibilityChecks(draft({ dataItem: { requestingCountry: 'CN' }, refugee: { currentStatus: 'asylum-seeker', grantingCountry: 'NL' } }))
    const c = check(checks, 'refugee.status-confirmed')
    expect(c).toMatchObject({ status: 'against', certainty: 'unsettled', groundId: 'refugee-policy' })
    expect(c.text).toContain('The refugee policy does not yet apply: the asylum claim is pending')
    expect(c.text).toContain('Revisit this route when status is granted.')
    expect(check(checks, 'article2.asylum-pending').certainty).toBe('unsettled')
  })

  it('naturalised: unsettled (practitioners disagree)', () => {
    const c = check(eligibilityChecks(draft({ refugee: { currentStatus: 'naturalised', grantingCountry: 'DE' } })), 'refugee.status-confirmed')
    expect(c).toMatchObject({ status: 'unknown', certainty: 'unsettled', citation: 'Practitioner reports (rednoticeabuse.com; removerednotice.com)' })
  })

  it('revoked: against', () => {
    expect(check(eligibilityChecks(draft({ refugee: { currentStatus: 'revoked', grantingCountry: 'DE' } })), 'refugee.status-confirmed').status).toBe('against')
  })

  it('S1 granted by Germany against Turkey, persecution feared from Turkey: the conditions may support deletion', () => {
    const checks = eligibilityChecks(draft({ refugee: { currentStatus: 'granted', grantingCountry: 'DE', grantedOn: '2019-06-18', persecutionCountry: 'TR' } }))
    expect(check(checks, 'refugee.status-confirmed').status).toBe('supports')
    expect(check(checks, 'refugee.granting-country').status).toBe('supports')
    expect(check(checks, 'refugee.persecution-country')).toMatchObject({ status: 'supports', citation: 'GA-2017-86-RES-09 (REFRES); ROP para 33(a)' })
    expect(check(checks, 'refugee.political-grounds')).toMatchObject({ status: 'unknown', certainty: 'unsettled' })
  })

  it('persecution feared from another country than the requesting one: against', () => {
    const c = check(eligibilityChecks(draft({ refugee: { currentStatus: 'granted', grantingCountry: 'DE', persecutionCountry: 'SY' } })), 'refugee.persecution-country')
    expect(c.status).toBe('against')
  })

  it('no protection: one not-applicable check', () => {
    const refugee = eligibilityChecks(draft()).filter((c) => c.id.startsWith('refugee.'))
    expect(refugee).toHaveLength(1)
    expect(refugee[0]?.status).toBe('not-applicable')
  })
})

describe('purpose achieved (RPD Art. 81(3)) and data quality (RPD Art. 12)', () => {
  it('an acquittal cites RPD Art. 52(2) with Art. 81(3)', () => {
    const c = check(eligibilityChecks(draft({ assessment: { caseStatus: ['acquitted'] } })), 'purpose-achieved.acquitted')
    expect(c).toMatchObject({ status: 'supports', citation: 'RPD Arts 52(2), 81(3)' })
  })

  it('S5 passport recorded as lost: data quality under RPD Art. 12; SLTD practice marked unsettled', () => {
    const checks = eligibilityChecks(draft({ dataItem: { kind: 'sltd', requestingCountry: 'BY' }, assessment: { dataQuality: ['status-wrong'] } }))
    expect(check(checks, 'data-quality.status-wrong')).toMatchObject({ status: 'supports', citation: 'RPD Art. 12', certainty: 'statutory' })
    expect(check(checks, 'data-quality.sltd-practice')).toMatchObject({ status: 'unknown', certainty: 'unsettled' })
    expect(check(checks, 'red-notice-threshold').status).toBe('not-applicable')
    expect(check(checks, 'minimum-judicial-data').status).toBe('not-applicable')
  })

  it('no check cites RPD Art. 35 or 36 for data quality (the reference’s correction)', () => {
    const all = eligibilityChecks(draft({ assessment: { dataQuality: ['outdated', 'identity-data-wrong'] } }))
    expect(all.some((c) => /Arts? 3[56]\b/.test(c.citation))).toBe(false)
  })
})

describe('guidance, never conclusions', () => {
  it('texts suggest ("may support", "consider") and never state that data are unlawful or will be deleted', () => {
    const all = eligibilityChecks(
      draft({
        dataItem: { basis: 'prosecution', offences: offences(12), noticeContentKnown: true },
        refugee: { currentStatus: 'granted', grantingCountry: 'DE', persecutionCountry: 'TR' },
        assessment: { excludedCategories: ['private-dispute', 'administrative-violation'], pureOffence: true, caseStatus: ['proceedings-closed'], dataQuality: ['outdated'] }
      })
    )
    for (const c of all) {
      expect(c.text).not.toMatch(/\b(is unlawful|is illegal|will be deleted|must be deleted|is non-compliant)\b/i)
      expect(c.citation.length).toBeGreaterThan(0)
    }
    expect(all.filter((c) => c.status === 'supports').every((c) => /may support/.test(c.text))).toBe(true)
  })

  it('suggests the grounds the checks may support, in order', () => {
    const checks = eligibilityChecks(draft({ dataItem: { basis: 'prosecution', offences: offences(12) }, assessment: { caseStatus: ['limitation-expired'] } }))
    expect(groundsSuggestedByChecks(checks)).toEqual(['red-notice-threshold', 'purpose-achieved'])
  })

  it('a revision draft gets the new-fact check first', () => {
    const checks = eligibilityChecks(draft({ requestType: 'revision', revision: { newFact: 'WGAD opinion', whyDecisive: 'Same facts', discoveryDate: '2026-09-10' } }))
    expect(checks[0]).toMatchObject({ id: 'revision.new-fact', status: 'supports', citation: 'Statute Art. 42(1)' })
    expect(checks[0]?.text).toContain('(discovered 10 September 2026)')
  })
})
