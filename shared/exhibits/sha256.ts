// SHA-256 of an original's bytes, via Web Crypto: available in Node 20, Chromium and workers alike.

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  // crypto.subtle takes a BufferSource; pass a view of exactly these bytes, not the whole backing buffer.
  const view = new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength)
  const digest = await globalThis.crypto.subtle.digest('SHA-256', view)
  return hex(new Uint8Array(digest))
}

function hex(bytes: Uint8Array): string {
  let out = ''
  for (const b of bytes) out += b.toString(16).padStart(2, '0')
  return out
}
