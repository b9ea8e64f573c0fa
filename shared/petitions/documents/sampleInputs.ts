// Fictional sample petitions shaped like the sample matters (fixtures/scenarios.md S1–S4, S6), for
// demo data, tests and screenshots. Every person, number and document is invented; the legal
// hooks are real. Names are in their own scripts, exactly as a client would write them.
import type { PetitionDocumentInputData } from './documentInput'

const counsel = {
  name: 'Anna Keller',
  firm: 'Keller & Partner Rechtsanwälte',
  address: 'Friedrichstraße 120, 10117 Berlin, Germany',
  email: 'a.keller@keller-partner.example',
  bar: 'Rechtsanwaltskammer Berlin, no. 40 117'
}

/** S1: refugee journalist, red notice from Turkey, refugee status in Germany. */
export const s1RefugeeDeletion: PetitionDocumentInputData = {
  requestType: 'refugee-status-deletion',
  language: 'en',
  matterReference: 'RN-TR-7A1D',
  applicant: {
    legalName: 'Gülşen Yıldırım',
    latinName: 'Gulsen Yildirim',
    familyName: 'Yıldırım',
    givenNames: 'Gülşen',
    dateOfBirth: '1984-03-12',
    placeOfBirth: 'Kayseri',
    nationalities: ['TR'],
    address: 'Weserstraße 41, 12045 Berlin, Germany',
    email: 'g.yildirim@mail.example',
    idDocument: { kind: 'refugee-travel-document', number: 'R0417733', issuingCountry: 'DE' },
    clientLanguage: 'tr'
  },
  representative: counsel,
  dataItem: {
    kind: 'red-notice',
    requestingCountry: 'TR',
    ncb: 'NCB Ankara',
    offences: [{ description: 'Membership of an armed terrorist organisation', legalProvision: 'Turkish Penal Code, Art. 314(2)', maxPenalty: '15 years' }],
    warrant: { date: '2017-02-02', court: 'Istanbul 24th High Criminal Court', number: '2017/118' }
  },
  facts: [
    { id: 'f1', text: 'The applicant worked as a journalist for a national daily newspaper until it was closed by decree in 2016.' },
    { id: 'f2', date: '2017-02-02', text: 'The Istanbul 24th High Criminal Court issued an arrest warrant citing her use of a messaging application, a deposit at a named bank and articles she wrote for the newspaper.' },
    { id: 'f3', date: '2019-06-18', text: 'The Federal Office for Migration and Refugees of Germany recognised the applicant as a refugee under the 1951 Convention.' },
    { id: 'f4', date: '2025-11-03', text: 'The applicant was stopped at Athens airport on the strength of the red notice and released after six hours.' },
    { id: 'f5', date: '2026-01-20', text: 'The Commission, in reply to a request for access, confirmed that a red notice concerning the applicant is recorded.' }
  ],
  grounds: [
    {
      id: 'g-art3',
      title: 'The request is predominantly political (Article 3 of the Constitution)',
      citations: ['Constitution Art. 3', 'RPD Art. 34(3)', 'ROP paras 49–53 (offences against State security; freedom of expression)'],
      argument:
        'The conduct relied on is journalism and ordinary banking and messaging activity. Labelled as terrorism, the charge rests on the applicant’s published work and on acts that are lawful in themselves.\n\nThe status of the applicant as a journalist, the closure of her newspaper by decree and the general context of prosecutions of journalists all show that the political element predominates.',
      factIds: ['f1', 'f2'],
      exhibitIds: ['e5', 'e6']
    },
    {
      id: 'g-art2',
      title: 'Processing the data is contrary to Article 2(1) of the Constitution',
      citations: ['Constitution Art. 2(1)', 'ROP paras 25–27, 32–33'],
      argument: 'A competent body, the German asylum authority, found after a full examination that the applicant has a well-founded fear of persecution in the requesting country.',
      factIds: ['f3'],
      exhibitIds: ['e1']
    }
  ],
  exhibits: [
    { id: 'e1', label: 'A-1', title: 'Decision of the Federal Office for Migration and Refugees recognising refugee status', date: '2019-06-18', language: 'de' },
    { id: 'e2', label: 'A-2', title: 'English translation of the refugee decision', language: 'en', isTranslationOf: 'e1' },
    { id: 'e3', label: 'A-3', title: 'Release note of the Athens airport police', date: '2025-11-03', language: 'el' },
    { id: 'e4', label: 'A-4', title: 'English translation of the release note', language: 'en', isTranslationOf: 'e3' },
    { id: 'e5', label: 'A-5', title: 'Decree closing the newspaper', date: '2016-07-27', language: 'tr' },
    { id: 'e6', label: 'A-6', title: 'NGO report on prosecutions of journalists', date: '2024-05-02', language: 'en' }
  ],
  refugee: {
    grantingCountry: 'DE',
    grantedOn: '2019-06-18',
    reference: '7712345-163',
    authorityName: 'Bundesamt für Migration und Flüchtlinge (BAMF)',
    authorityAddress: 'Frankenstraße 210, 90461 Nürnberg, Germany',
    legalBasis: 'convention-1951',
    currentStatus: 'in-force',
    evidenceExhibitIds: ['e1', 'e2']
  },
  place: 'Berlin',
  date: '2026-11-23'
}

/** S2: businessman who only suspects a diffusion from Kazakhstan: an access request first. */
export const s2Access: PetitionDocumentInputData = {
  requestType: 'access',
  language: 'en',
  matterReference: 'DF-KZ-3C9E',
  applicant: {
    legalName: 'Ерлан Жақсылықов',
    latinName: 'Yerlan Zhaksylykov',
    dateOfBirth: '1979-11-30',
    placeOfBirth: 'Almaty',
    nationalities: ['KZ'],
    address: 'Gedimino pr. 9, LT-01103 Vilnius, Lithuania',
    idDocument: { kind: 'passport', number: 'N15520387', issuingCountry: 'KZ' },
    clientLanguage: 'ru'
  },
  representative: { ...counsel, name: 'Jonas Petrauskas', firm: 'Petrauskas Law', address: 'Vilniaus g. 12, LT-01119 Vilnius, Lithuania', email: 'jp@petrauskas.example', bar: 'Lithuanian Bar Association' },
  dataItem: { kind: 'diffusion', certainty: 'suspected', requestingCountry: 'KZ', offences: [{ description: 'Fraud on a large scale (as believed by the applicant)' }] },
  facts: [
    { id: 'f1', text: 'In 2021 a company owned by the applicant took a loan from a state-owned bank; a commercial dispute over its repayment followed.' },
    { id: 'f2', date: '2026-04-14', text: 'The applicant was questioned for two hours at Warsaw airport and released; no document was given to him.' }
  ],
  place: 'Vilnius',
  date: '2026-05-04'
}

/** S3: opposition activist, red notice from Russia, extradition refused by a Czech court. */
export const s3CorrectionDeletion: PetitionDocumentInputData = {
  requestType: 'correction-deletion',
  language: 'en',
  matterReference: 'RN-RU-51B0',
  applicant: {
    legalName: 'Фёдор Щербаков',
    latinName: 'Fyodor Shcherbakov',
    dateOfBirth: '1990-07-07',
    placeOfBirth: 'Yekaterinburg',
    nationalities: ['RU'],
    address: 'Rustaveli Ave 24, 0108 Tbilisi, Georgia',
    idDocument: { kind: 'passport', number: '75 4410021', issuingCountry: 'RU' },
    clientLanguage: 'ru'
  },
  representative: { ...counsel, name: 'Petra Nováková', firm: 'Nováková advokátní kancelář', address: 'Národní 11, 110 00 Praha 1, Czechia', email: 'novakova@advokat.example', bar: 'Czech Bar Association, no. 18 322' },
  dataItem: {
    kind: 'red-notice',
    requestingCountry: 'RU',
    ncb: 'NCB Moscow',
    offences: [{ description: 'Financing of extremist activity', legalProvision: 'Criminal Code of the Russian Federation, Art. 282.3', maxPenalty: '8 years' }],
    warrant: { date: '2023-05-15', court: 'Meshchansky District Court of Moscow', number: '3/1-204/2023' }
  },
  urgent: true,
  provisionalMeasures: 'that the red notice be blocked while the request is examined, because the applicant must travel to a hearing in Vienna in February 2027.',
  facts: [
    { id: 'f1', date: '2021-06-09', text: 'A foundation to which the applicant had made small donations was banned as "extremist" by a Moscow court.' },
    { id: 'f2', date: '2023-05-15', text: 'The Meshchansky District Court of Moscow ordered the applicant’s arrest in absentia for the donations.' },
    { id: 'f3', date: '2025-09-01', text: 'The applicant was arrested in Prague on the red notice.' },
    { id: 'f4', date: '2025-12-10', text: 'The Czech court refused extradition, finding the prosecution political in character and the risk of an unfair trial real; the applicant was released the same day.' }
  ],
  grounds: [
    {
      id: 'g-art3',
      title: 'The conduct is of a purely political character (Article 3 of the Constitution)',
      citations: ['Constitution Art. 3', 'RPD Art. 34(3)', 'ROP paras 49–53 (freedom of association)'],
      argument: 'The only conduct alleged is lawful donations to a foundation, made before it was banned. Donating to a political organisation is an exercise of freedom of association, not an ordinary-law crime.',
      factIds: ['f1', 'f2'],
      exhibitIds: ['e3', 'e4']
    },
    {
      id: 'g-art2',
      title: 'A competent court has found the prosecution political (Article 2 of the Constitution)',
      citations: ['Constitution Art. 2(1)', 'ROP paras 25–27', 'ROP para 41'],
      argument: 'The Czech court that refused extradition is a competent body whose findings on the political character of the prosecution and the risk of an unfair trial deserve weight.',
      factIds: ['f3', 'f4'],
      exhibitIds: ['e1', 'e2']
    }
  ],
  exhibits: [
    { id: 'e1', label: 'B-1', title: 'Ruling of the Prague Municipal Court refusing extradition', date: '2025-12-10', language: 'cs' },
    { id: 'e2', label: 'B-2', title: 'English translation of the extradition ruling', language: 'en', isTranslationOf: 'e1' },
    { id: 'e3', label: 'B-3', title: 'Decision banning the foundation', date: '2021-06-09', language: 'ru' },
    { id: 'e4', label: 'B-4', title: 'Donation receipts', language: 'ru' }
  ],
  place: 'Prague',
  date: '2026-11-23'
}

/** S4: Uyghur teacher, red notice from China; the address line mixes Arabic, digits and Latin. */
export const s4CorrectionDeletion: PetitionDocumentInputData = {
  requestType: 'correction-deletion',
  language: 'en',
  matterReference: 'RN-CN-0E42',
  applicant: {
    legalName: 'ئابدۇرېھىم قادىر',
    latinName: 'Abdurehim Qadir',
    aliases: ['阿卜杜热合曼·卡德尔'],
    dateOfBirth: '1988-01-25',
    placeOfBirth: 'Kashgar',
    nationalities: ['CN'],
    address: 'مركز اللجوء، Munnikenlaan 1، 9561 TZ Ter Apel',
    clientLanguage: 'ug'
  },
  dataItem: { kind: 'red-notice', requestingCountry: 'CN', offences: [{ description: 'Organising, leading or participating in a terrorist organisation', maxPenalty: 'life imprisonment' }], warrant: { date: '2020-08-19', court: 'Kashgar Intermediate People’s Court' } },
  facts: [
    { id: 'f1', text: 'The applicant taught Uyghur literature at a secondary school in Kashgar until 2017.' },
    { id: 'f2', text: 'His sister 阿依古丽 was questioned by the police in Kashgar about his whereabouts in 2021.' },
    { id: 'f3', date: '2024-10-02', text: 'The applicant applied for asylum in the Netherlands; the application is pending.' }
  ],
  grounds: [
    {
      id: 'g-art3',
      title: 'Religious and racial elements predominate (Article 3 of the Constitution)',
      citations: ['Constitution Art. 3', 'RPD Art. 34(3)', 'ROP para 56 (general context)'],
      argument: 'The charge targets a Uyghur teacher of Uyghur literature; similar requests have been made against other members of the same community.',
      factIds: ['f1', 'f2'],
      exhibitIds: ['e1']
    }
  ],
  exhibits: [{ id: 'e1', label: 'C-1', title: 'Report on requests against members of the Uyghur community', date: '2025-02-01', language: 'en' }],
  place: 'Ter Apel',
  date: '2026-11-23'
}

/** S6: revision after a refused deletion; a UN opinion discovered on 2026-09-10 is the new fact. */
export const s6Revision: PetitionDocumentInputData = {
  requestType: 'revision',
  language: 'en',
  matterReference: 'RN-TJ-9F03',
  applicant: {
    legalName: 'Нодира Раҳимова',
    latinName: 'Nodira Rahimova',
    dateOfBirth: '1982-05-05',
    placeOfBirth: 'Khujand',
    nationalities: ['TJ'],
    address: 'Praterstraße 15, 1020 Wien, Austria',
    idDocument: { kind: 'residence-permit', number: 'AT-RP-5521094', issuingCountry: 'AT' },
    clientLanguage: 'fr'
  },
  representative: { ...counsel, name: 'Lukas Huber', firm: 'Huber Rechtsanwälte', address: 'Kärntner Ring 5, 1010 Wien, Austria', email: 'huber@huber-ra.example', bar: 'Vienna Bar Association' },
  dataItem: { kind: 'red-notice', requestingCountry: 'TJ', offences: [{ description: 'Public calls to overthrow the constitutional order', maxPenalty: '15 years' }] },
  facts: [
    { id: 'f1', date: '2025-03-20', text: 'The Commission found the red notice compliant with INTERPOL’s rules (decision CCF/2025/0412).' },
    { id: 'f2', date: '2026-08-28', text: 'The UN Working Group on Arbitrary Detention adopted an opinion finding the detention of the applicant’s co-defendant arbitrary, on the same facts.' },
    { id: 'f3', date: '2026-09-10', text: 'The applicant learned of the opinion.' }
  ],
  grounds: [
    {
      id: 'g-art2',
      title: 'A UN body has found the prosecution arbitrary (Article 2 of the Constitution)',
      citations: ['Constitution Art. 2(1)', 'ROP paras 25–27'],
      argument: 'The opinion of the Working Group is a finding by a competent international body on the very prosecution on which the red notice rests.',
      factIds: ['f2', 'f3'],
      exhibitIds: ['e1']
    }
  ],
  exhibits: [{ id: 'e1', label: 'D-1', title: 'Opinion of the UN Working Group on Arbitrary Detention', date: '2026-08-28', language: 'en' }],
  revision: {
    previousDecisionReference: 'CCF/2025/0412',
    previousDecisionDate: '2025-03-20',
    newFact: 'On 28 August 2026 the UN Working Group on Arbitrary Detention adopted an opinion finding that the detention of the applicant’s co-defendant, prosecuted on the same facts, was arbitrary. The applicant learned of it on 10 September 2026.',
    discoveryDate: '2026-09-10'
  },
  place: 'Vienna',
  date: '2026-11-23'
}

export const sampleInputs = { s1RefugeeDeletion, s2Access, s3CorrectionDeletion, s4CorrectionDeletion, s6Revision } as const
