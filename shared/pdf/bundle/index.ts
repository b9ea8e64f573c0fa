// The evidence bundle builder: exhibits → stamped, indexed, bookmarked PDF volume(s) with an
// integrity manifest. Pure TypeScript (pdf-lib, fontkit); runs in the renderer's bundle worker.
export { buildBundle } from './buildBundle'
export type { BuildBundleOptions } from './buildBundle'
export { BundleInput } from './bundleInput'
export type { BundleProgress, BundleResult, BundleStage, BundleVolume, PlacedExhibit, SkippedExhibit } from './bundleInput'
export { numberBundle, freezeNumbering, romanPageNumber, letterSuffix, NumberingConflictError } from './bundleNumbering'
export type { BundleNumbers, ExhibitNumbers, NumberingItem } from './bundleNumbering'
export { STAMP_BAND } from './bundleStamp'
