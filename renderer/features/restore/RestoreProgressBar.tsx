// The restore's progress: which step, and how many megabytes of the backup file have been read.
import type { RestoreProgress } from '../../restore/restoreProgress'
import { formatBytes, formatNumber } from '../../src/locale'
import { restoreMessages as m } from './restoreMessages'

export function megabytes(bytes: number): string {
  return formatNumber(bytes / 1_000_000, { minimumFractionDigits: 1, maximumFractionDigits: 1 })
}

/** A file's size for a sentence: kB below a megabyte, so a small backup does not read "0.0 MB". */
export function sizeText(bytes: number): string {
  return formatBytes(Math.max(bytes, 1000))
}

export function RestoreProgressBar({ progress, fileBytes }: { progress: RestoreProgress | null; fileBytes: number }) {
  const step = progress?.step ?? 'opening'
  const total = progress && progress.totalBytes > 0 ? progress.totalBytes : fileBytes
  const read = Math.min(progress?.bytesRead ?? 0, total)
  const text = m.progress(step, megabytes(read), megabytes(total))
  return (
    <div className="bundle-progress" role="status" data-step={step}>
      <progress max={Math.max(total, 1)} value={read} aria-label={text} />
      <p className="bundle-progress__text">{text}</p>
    </div>
  )
}
