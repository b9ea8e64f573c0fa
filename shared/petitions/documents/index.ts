// Petition documents (issue #4 items 6–7): the memorandum, the power of attorney, the letter to
// the asylum authority and the portal sheet as DocumentModels for shared/pdf's renderDocument,
// and safe export file names. Built from PetitionDocumentInput alone; strings per language in
// messages/.
export {
  PetitionDocumentInput, parsePetitionDocumentInput, RequestType, REQUEST_TYPES, DocumentLanguage,
  ApplicantInput, RepresentativeInput, DataItemInput, FactInput, GroundInput, ExhibitInput, RevisionInput, RefugeeInput, OffenceInput
} from './documentInput'
export type { PetitionDocumentInputData } from './documentInput'
export { buildMemorandum } from './memorandum'
export { buildPowerOfAttorney, powerOfAttorneyLanguages } from './powerOfAttorney'
export type { PowerOfAttorneyOptions, PowerOfAttorneyLayout } from './powerOfAttorney'
export { buildRefugeeAuthorityLetter } from './refugeeAuthorityLetter'
export type { RefugeeAuthorityLetterOptions } from './refugeeAuthorityLetter'
export { buildPortalSheet, portalSheetDocument } from './portalSheet'
export type { PortalSheet, PortalSection, PortalField, PortalUpload, PortalSheetOptions } from './portalSheet'
export { exportFileName, uploadFileName, safeFileNamePart } from './fileNames'
export type { ExportKind, UploadKind, FileNameOptions, FileNameInput } from './fileNames'
export { REFUGEE_RESOLUTION, citesRefugeeResolution } from './grounds'
export { DocumentText, defaultCountryName } from './text'
export type { CountryNameResolver, DocumentOptions } from './text'
export { DOCUMENT_LANGUAGES, LANGUAGE_PROFILE, MESSAGES, templateLanguage, placeholders, formatMessage } from './messages'
export type { MessageKey, Messages, LanguageProfile } from './messages'
