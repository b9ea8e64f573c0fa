// The backup file as a stream of byte pieces, read in large slices with Blob.slice().arrayBuffer():
// a 1 MiB frame then rarely straddles two pieces (which costs the reader a copy), where Blob.stream()
// hands out 64 KiB pieces and every frame would be copied together from sixteen of them. The next
// slice is read while the current one is decrypted. Counts what it has handed out, so both restore
// passes can report progress as bytes read of the file.

export interface CountedSource {
  bytes: AsyncIterable<Uint8Array>
  /** Bytes handed out so far. */
  read(): number
}

/** Bytes per read: two slices in memory at most (the one being decrypted, the next being read). */
export const FILE_SLICE_BYTES = 8 * 1024 * 1024

/** `sliceBytes`: tests use small slices so frames straddle them. */
export function backupFileSource(file: Blob, sliceBytes = FILE_SLICE_BYTES): CountedSource {
  let read = 0
  const slice = (at: number): Promise<Uint8Array> => {
    const reading = file
      .slice(at, Math.min(file.size, at + sliceBytes))
      .arrayBuffer()
      .then((buffer) => new Uint8Array(buffer))
    reading.catch(() => undefined) // awaited below, unless reading stopped early (bad file, cancel)
    return reading
  }
  async function* pieces(): AsyncGenerator<Uint8Array> {
    let at = 0
    let next = file.size > 0 ? slice(0) : null
    while (next !== null) {
      const bytes = await next
      // An empty slice would repeat forever: the file shrank since it was chosen, so stop (the reader reports the truncation).
      if (bytes.length === 0) return
      at += bytes.length
      next = at < file.size ? slice(at) : null
      read += bytes.length
      yield bytes
    }
  }
  return { bytes: pieces(), read: () => read }
}
