// A request memorandum shaped like the real one (issue #4): cover sheet, relief, facts, grounds,
// exhibit table, signature, with names in Turkish, Kazakh Cyrillic, Chinese and Uyghur Arabic
// script and mixed Arabic/digit/Latin lines. Shared by the PDF tests and `npm run bench:pdf`.
// Deterministic: the same sections every time, no randomness.
import type { BlockInput, DocumentModelInput } from '../../shared/pdf/documentModel'

export const names = {
  turkish: 'Gülşen Yıldırım',
  kazakh: 'Ерлан Жақсылықов',
  chinese: '阿依古丽',
  uyghur: 'ئابدۇرېھىم'
} as const

export const mixedArabic = {
  article: 'المادة 12 من القانون ABC رقم 2024/7',
  address: 'شارع 15، Beirut 1103'
} as const

const facts = [
  `The applicant, ${names.turkish}, learned on 14 February 2026 that a red notice had been requested against her when she was stopped at a border crossing and questioned for several hours.`,
  `Her co-accused, ${names.kazakh}, was named in the same national warrant; the warrant rests on a single witness statement that was later withdrawn before the trial court.`,
  `The requesting country's authorities also list ${names.chinese} and ${names.uyghur} as associates, although neither has ever been charged, summoned or questioned in any proceedings.`,
  'The proceedings were opened within weeks of the applicant publishing articles critical of the governing party, and the charge sheet quotes those articles as evidence of intent.',
  'The applicant holds refugee status granted after a full examination of her claim; the granting authority found that her fear of persecution on political grounds was well founded.',
  'No judicial decision has been served on her, no summons reached her last known address, and her lawyer in the requesting country was refused access to the file on three occasions.'
]

const grounds = [
  'The request is predominantly political in character (Article 3 of the Constitution; RPD Article 34(3)): the context, the timing and the status of the applicant all point the same way.',
  'The data do not meet the minimum judicial data required by RPD Article 83(2): the warrant does not describe the conduct, the time or the place of the alleged offence.',
  'Processing the data is incompatible with Article 2 of the Constitution and the Universal Declaration of Human Rights, as found by the competent asylum authority.',
  'The data are not accurate or relevant (RPD Article 12): the only witness has withdrawn the statement and the trial court has excluded it.'
]

function exhibitRows(count: number): string[][] {
  const rows: string[][] = []
  for (let i = 1; i <= count; i++)
    rows.push([`E-${String(i).padStart(2, '0')}`, i % 3 === 0 ? `Witness statement of ${names.kazakh}, withdrawn` : i % 3 === 1 ? `Decision granting refugee status to ${names.turkish}` : `Letter from counsel, ref. ${2026}/${i}`, `2026-0${1 + (i % 9)}-1${i % 10}`, String(2 + (i % 7))])
  return rows
}

/** About ten A4 pages with the default `sections` (measured by the tests, not assumed). */
export function memorandumModel(sections = 7): DocumentModelInput {
  const blocks: BlockInput[] = [
    { type: 'heading', level: 1, text: 'Request for deletion of data — Commission for the Control of INTERPOL’s Files', bookmark: true },
    {
      type: 'keyValue',
      rows: [
        { label: 'Request type', value: 'Correction / deletion of data (Statute Article 30)' },
        { label: 'Applicant', value: `${names.turkish} (also: ${names.kazakh}; ${names.chinese}; ${names.uyghur})` },
        { label: 'Address', value: mixedArabic.address },
        { label: 'Representative', value: 'Counsel of record, bar no. 2024/7' },
        { label: 'Date', value: '2026-03-26' }
      ]
    },
    { type: 'heading', level: 2, text: 'Relief sought', bookmark: true },
    {
      type: 'list',
      ordered: true,
      items: [
        'Delete the red notice and all data recorded about the applicant in INTERPOL’s files.',
        'As a provisional measure (Statute Article 37), block access to the data while the request is examined.',
        `Inform the applicant of the outcome in English and, where possible, in her own language: ${names.uyghur}.`
      ]
    },
    { type: 'pageBreak' }
  ]
  for (let s = 1; s <= sections; s++) {
    blocks.push({ type: 'heading', level: 1, text: `Part ${s}: statement of facts and grounds`, bookmark: true })
    blocks.push({ type: 'heading', level: 2, text: `${s}.1 Facts`, bookmark: true })
    for (const fact of facts) blocks.push({ type: 'paragraph', text: fact, align: 'justify' })
    blocks.push({ type: 'paragraph', text: `${mixedArabic.article} — ${mixedArabic.address}`, direction: 'rtl' })
    blocks.push({ type: 'paragraph', text: `申请人${names.chinese}从未被起诉或传唤，相关数据不符合国际刑警组织规则第83条的最低司法数据要求。`, align: 'justify' })
    blocks.push({ type: 'heading', level: 2, text: `${s}.2 Grounds`, bookmark: true })
    for (const ground of grounds) blocks.push({ type: 'paragraph', text: ground, align: 'justify' })
    blocks.push({ type: 'heading', level: 3, text: `${s}.2.1 Supporting exhibits`, bookmark: false })
    blocks.push({
      type: 'table',
      columns: [
        { header: 'Exhibit', width: 0.12 },
        { header: 'Title', width: 0.56 },
        { header: 'Date', width: 0.18 },
        { header: 'Pages', width: 0.14 }
      ],
      rows: exhibitRows(s === 1 ? 24 : 6)
    })
  }
  blocks.push({ type: 'heading', level: 1, text: 'Signature', bookmark: true })
  blocks.push({ type: 'signature', lines: ['Counsel for the applicant', 'Geneva, 2026-03-26'] })
  return {
    title: `Request for deletion — ${names.turkish}`,
    language: 'en',
    direction: 'ltr',
    author: 'Counsel of record',
    subject: 'Request to the CCF',
    blocks
  }
}
