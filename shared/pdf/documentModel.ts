// What a PDF is made of, validated at the boundary: petitions, portal sheets and bundles build a
// DocumentModel and renderDocument refuses anything that does not parse. Text may be in any
// script; layout decides direction and fonts. Messages name the rule, never the client's data.
import { z } from 'zod'
import { LanguageTag } from '../domain/primitives'

// C0 controls other than tab and line ends would reach the PDF as .notdef boxes.
function isPrintable(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) return false
  }
  return true
}

const Text = (field: string, max = 20_000) =>
  z
    .string()
    .max(max, { message: `${field} must be at most ${max} characters.` })
    .refine(isPrintable, { message: `${field} contains control characters.` })

const RequiredText = (field: string, max?: number) =>
  Text(field, max).refine((s) => s.trim().length > 0, { message: `${field} is required.` })

/**
 * Base direction of a block's text; `auto` takes the first strong letter's. Default: the
 * document's direction, except in table and label/value cells, where each cell defaults to
 * `auto` (names and addresses arrive in any script) while the columns follow the document.
 */
const TextDirection = z.enum(['ltr', 'rtl', 'auto']).optional()

const Heading = z.strictObject({
  type: z.literal('heading'),
  level: z.union([z.literal(1), z.literal(2), z.literal(3)], { message: 'Heading level must be 1, 2 or 3.' }),
  text: RequiredText('Heading text', 500),
  /** An entry in the PDF outline, nested by level. */
  bookmark: z.boolean(),
  direction: TextDirection
})

const Paragraph = z.strictObject({
  type: z.literal('paragraph'),
  text: RequiredText('Paragraph text'),
  /** start = left in a left-to-right paragraph, right in a right-to-left one. */
  align: z.enum(['start', 'justify']).default('start'),
  direction: TextDirection
})

const List = z.strictObject({
  type: z.literal('list'),
  items: z.array(RequiredText('List item'), { message: 'List items must be a list of texts.' }).min(1, { message: 'A list needs at least one item.' }).max(1000),
  ordered: z.boolean().default(false),
  direction: TextDirection
})

const TableColumn = z.strictObject({
  header: Text('Column header', 500),
  /** Fraction of the text width; the columns' fractions add up to 1. */
  width: z.number().gt(0, { message: 'Column width must be a fraction above 0.' }).max(1, { message: 'Column width must be a fraction of at most 1.' })
})

const Table = z
  .strictObject({
    type: z.literal('table'),
    columns: z.array(TableColumn).min(1, { message: 'A table needs at least one column.' }).max(12, { message: 'A table has at most 12 columns.' }),
    rows: z.array(z.array(Text('Cell text'))).max(5000),
    direction: TextDirection
  })
  .superRefine((table, ctx) => {
    const total = table.columns.reduce((sum, column) => sum + column.width, 0)
    if (Math.abs(total - 1) > 0.001)
      ctx.addIssue({ code: 'custom', path: ['columns'], message: `Column widths must add up to 1 (they add up to ${total.toFixed(3)}).` })
    table.rows.forEach((row, i) => {
      if (row.length !== table.columns.length)
        ctx.addIssue({ code: 'custom', path: ['rows', i], message: `Row has ${row.length} cells; the table has ${table.columns.length} columns.` })
    })
  })

/** Label/value rows: cover pages, portal sheets. */
const KeyValue = z.strictObject({
  type: z.literal('keyValue'),
  rows: z.array(z.strictObject({ label: RequiredText('Label', 500), value: Text('Value', 5000) })).min(1, { message: 'Needs at least one row.' }).max(1000),
  direction: TextDirection
})

/** A line to sign on, then the signatory's lines (name, capacity, place and date). */
const Signature = z.strictObject({
  type: z.literal('signature'),
  lines: z.array(Text('Signature line', 500)).max(10),
  direction: TextDirection
})

const PageBreak = z.strictObject({ type: z.literal('pageBreak') })

const Spacer = z.strictObject({
  type: z.literal('spacer'),
  /** Points (1/72 inch). */
  height: z.number().min(0).max(500, { message: 'A spacer is at most 500 pt high.' })
})

export const Block = z.discriminatedUnion('type', [Heading, Paragraph, List, Table, KeyValue, Signature, PageBreak, Spacer], {
  message: 'Unknown block type.'
})
export type Block = z.infer<typeof Block>
export type BlockInput = z.input<typeof Block>

export const DocumentModel = z.strictObject({
  title: RequiredText('Title', 500),
  /** BCP 47, written to the catalog's /Lang (screen readers, hyphenation in viewers). */
  language: LanguageTag.refine((tag) => {
    try {
      return Intl.getCanonicalLocales(tag).length === 1
    } catch {
      return false
    }
  }, { message: 'Use a BCP 47 language tag such as "en", "fr" or "ug-Arab".' }),
  /** Page direction: mirrors alignment, list markers, table columns and the signature line. */
  direction: z.enum(['ltr', 'rtl']),
  author: Text('Author', 500).optional(),
  subject: Text('Subject', 2000).optional(),
  blocks: z.array(Block).max(20_000)
})
export type DocumentModel = z.infer<typeof DocumentModel>
export type DocumentModelInput = z.input<typeof DocumentModel>

/** Throws a ZodError whose issues carry the path of each bad field (e.g. blocks.3.rows.1). */
export function parseDocumentModel(input: unknown): DocumentModel {
  return DocumentModel.parse(input)
}
