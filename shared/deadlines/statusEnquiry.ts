// A polite status enquiry to the CCF when a clock it (or the General Secretariat) owed has run out.
// Plain text in English, for the lawyer to read, adapt and paste into the CCF portal: it states the
// article and the date, asks for news, and accuses no one (the CCF may have extended the time
// under Art. 40(3) without the notice having arrived).
import type { ComputedDeadline } from './engine'
import { formatDayLong } from './isoDates'

export interface StatusEnquiryInput {
  deadline: Pick<ComputedDeadline, 'rule' | 'dueDate' | 'extendedTo'>
  /** As the CCF knows the applicant (the name on the request). */
  applicantName: string
  ccfReference?: string
  /** The letter's date, yyyy-mm-dd. */
  today: string
}

const STATUTE = "the Statute of the Commission for the Control of INTERPOL's Files"

/** "Statute Art. 40(2)" → "Article 40(2) of the Statute of the Commission …"; other citations unchanged. */
export function citationInWords(citation: string): string {
  const m = /^Statute Arts?\.\s*(.+)$/.exec(citation.trim())
  if (!m) return citation
  const articles = (m[1] ?? '').replace(/\bArts?\.\s*/g, 'Article ')
  return `${/^Statute Arts\./.test(citation.trim()) ? 'Articles' : 'Article'} ${articles} of ${STATUTE}`
}

export function draftStatusEnquiry({ deadline, applicantName, ccfReference, today }: StatusEnquiryInput): string {
  const name = applicantName.trim()
  const reference = ccfReference?.trim()
  const step = deadline.rule.title
  const due = formatDayLong(deadline.dueDate)
  const extended = deadline.extendedTo ? `, as extended by the Commission under Article 40(3) of the Statute,` : ''
  const lines = [
    `Subject: Request for information on the status of the request of ${name}${reference ? ` (your reference ${reference})` : ''}`,
    '',
    'Dear Members of the Commission,',
    '',
    `I write as the representative of ${name}${reference ? `, whose request bears your reference ${reference}` : ''}.`,
    '',
    `Under ${citationInWords(deadline.rule.citation)}, the following step was due${extended} by ${due}: ${step}.`,
    'We have not yet received any information that this step has been completed.',
    '',
    'We would be grateful if the Commission could inform us of the current status of the request and of the date by which this step may now be expected.' +
      (deadline.extendedTo ? '' : ' Should the time limit have been extended, we would be grateful to receive a copy of the notice of extension.'),
    '',
    'We thank the Commission for its attention to this matter.',
    '',
    'Yours faithfully,',
    '',
    '[Name of the representative]',
    formatDayLong(today)
  ]
  return lines.join('\n')
}
