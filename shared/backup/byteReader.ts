// Reads exact byte counts from a stream whose chunks have arbitrary sizes (a file read in 64 KiB
// pieces, a test feeding one byte at a time). A read that fits inside one chunk is a view, not a
// copy, which keeps a 2 GB restore near memcpy speed.

export class ByteReader {
  private readonly iterator: AsyncIterator<Uint8Array>
  private chunks: Uint8Array[] = []
  private buffered = 0
  private ended = false
  /** Bytes handed out so far: the file offset of the next read, for error messages. */
  offset = 0

  constructor(source: AsyncIterable<Uint8Array>) {
    this.iterator = source[Symbol.asyncIterator]()
  }

  /** Returns `n` bytes, or fewer only when the stream ended first. Chunks must not change after being yielded. */
  async readUpTo(n: number): Promise<Uint8Array> {
    while (this.buffered < n && !this.ended) {
      const next = await this.iterator.next()
      if (next.done) this.ended = true
      else if (next.value.length > 0) {
        this.chunks.push(next.value)
        this.buffered += next.value.length
      }
    }
    const want = Math.min(n, this.buffered)
    const first = this.chunks[0]
    let out: Uint8Array
    if (first !== undefined && first.length >= want) {
      out = first.subarray(0, want)
      if (first.length === want) this.chunks.shift()
      else this.chunks[0] = first.subarray(want)
    } else {
      out = new Uint8Array(want)
      let at = 0
      let used = 0
      while (at < want) {
        const chunk = this.chunks[used] as Uint8Array
        const take = Math.min(chunk.length, want - at)
        out.set(take === chunk.length ? chunk : chunk.subarray(0, take), at)
        at += take
        if (take === chunk.length) used++
        else this.chunks[used] = chunk.subarray(take)
      }
      // One splice per read: what remains is at most the tail of the last chunk pulled.
      this.chunks.splice(0, used)
    }
    this.buffered -= want
    this.offset += want
    return out
  }

  /** True when no byte is left; pulls from the source only if nothing is buffered. */
  async atEnd(): Promise<boolean> {
    while (this.buffered === 0 && !this.ended) {
      const next = await this.iterator.next()
      if (next.done) this.ended = true
      else if (next.value.length > 0) {
        this.chunks.push(next.value)
        this.buffered += next.value.length
      }
    }
    return this.buffered === 0
  }

  /** Lets the source close its file handle when reading stops early. */
  async close(): Promise<void> {
    if (!this.ended) {
      this.ended = true
      await this.iterator.return?.()
    }
  }
}
