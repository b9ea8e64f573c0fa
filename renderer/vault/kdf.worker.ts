// Argon2id off the UI thread: the unlock screen stays responsive, and the UI thread can read the
// vault's ciphertext from IndexedDB while the passphrase is being stretched.
import { KdfParams, argon2idBytes } from '@shared/crypto'
import { argon2id } from 'hash-wasm'
import { KdfRequest } from './kdfMessages'

// Compile the Argon2 WebAssembly module now, while the user is still typing (about 100 ms saved
// at unlock). Tiny parameters: the result is thrown away.
void argon2id({ password: 'warm-up', salt: new Uint8Array(16), parallelism: 1, iterations: 1, memorySize: 8, hashLength: 32, outputType: 'binary' }).catch(() => undefined)

self.onmessage = async (event: MessageEvent<unknown>) => {
  const request = KdfRequest.safeParse(event.data)
  if (!request.success) return
  const { requestId, passphrase } = request.data
  try {
    const bytes = await argon2idBytes(passphrase, KdfParams.parse(request.data.params))
    self.postMessage({ requestId, ok: true, bytes }, { transfer: [bytes.buffer as ArrayBuffer] })
  } catch {
    self.postMessage({ requestId, ok: false })
  }
}
