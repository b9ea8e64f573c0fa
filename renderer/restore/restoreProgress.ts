// How far a restore has got, for the progress bar: both passes (check, then write) read the whole
// backup file once, so bytes read of the file is the measure.
export type RestoreStep = 'opening' | 'checking' | 'writing' | 'finishing'

export interface RestoreProgress {
  step: RestoreStep
  bytesRead: number
  totalBytes: number
}
