// The PDF rendering foundation: petitions, portal sheets and exhibit bundles build a
// DocumentModel and call renderDocument with a FontSet whose bytes the caller loads.
export { DocumentModel, Block, parseDocumentModel } from './documentModel'
export type { DocumentModelInput, BlockInput } from './documentModel'
export { FontSet, FONT_ROLES } from './fontSet'
export type { FontRole, FontWeight, FontSetBytes, RoleFontBytes, FontFace } from './fontSet'
export { fontkitForPdfLib, openFont, directedText, shapeRun } from './fontkitAdapter'
export type { RunDirection } from './fontkitAdapter'
export { textRuns, logicalRuns, visualOrder, resolveBidi } from './textRuns'
export type { TextRun, ParagraphDirection, GlyphCoverage, BidiParagraph } from './textRuns'
export { renderDocument, layoutModel, PRODUCER } from './renderDocument'
export type { RenderOptions } from './renderDocument'
export type { DocumentLayout, OutlineEntry } from './layoutEngine'
