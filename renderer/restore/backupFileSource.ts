// The backup file as a stream of byte pieces, read with a ReadableStream reader (Blob.stream() is
// not async-iterable in every Chromium that Electron has shipped). Counts what it has handed out,
// so both restore passes can report progress as bytes read of the file.

export interface CountedSource {
  bytes: AsyncIterable<Uint8Array>
  /** Bytes handed out so far. */
  read(): number
}

export function backupFileSource(file: Blob): CountedSource {
  let read = 0
  async function* pieces(): AsyncGenerator<Uint8Array> {
    const reader = file.stream().getReader()
    try {
      for (;;) {
        const next = await reader.read()
        if (next.done) return
        read += next.value.length
        yield next.value
      }
    } finally {
      // Reading stopped early (bad file, cancel): release the file.
      await reader.cancel().catch(() => undefined)
    }
  }
  return { bytes: pieces(), read: () => read }
}
