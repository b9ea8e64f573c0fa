// Runs Argon2id in a dedicated worker. Falls back to the UI thread where workers are unavailable
// (or fail to start), so the vault always opens — only more slowly.
import { argon2idBytes, type KdfFunction, type KdfParams } from '@shared/crypto'
import { KdfResponse } from './kdfMessages'

export interface WorkerKdf {
  derive: KdfFunction
  /** Start the worker ahead of time (while the user types). */
  warmUp(): void
  terminate(): void
}

export function createWorkerKdf(): WorkerKdf {
  let worker: Worker | null = null
  let nextId = 1

  const start = (): Worker => {
    worker ??= new Worker(new URL('./kdf.worker.ts', import.meta.url), { type: 'module', name: 'key-derivation' })
    return worker
  }

  const viaWorker = (w: Worker, passphrase: string, params: KdfParams): Promise<Uint8Array> =>
    new Promise((resolve, reject) => {
      const requestId = nextId++
      const onMessage = (event: MessageEvent<unknown>) => {
        const msg = KdfResponse.safeParse(event.data)
        if (!msg.success || msg.data.requestId !== requestId) return
        cleanup()
        if (msg.data.ok && msg.data.bytes) resolve(msg.data.bytes)
        else reject(new Error('Key derivation failed in the worker.'))
      }
      const onError = () => {
        cleanup()
        reject(new Error('The key-derivation worker stopped.'))
      }
      const cleanup = () => {
        w.removeEventListener('message', onMessage)
        w.removeEventListener('error', onError)
      }
      w.addEventListener('message', onMessage)
      w.addEventListener('error', onError)
      w.postMessage({ requestId, passphrase, params })
    })

  return {
    async derive(passphrase, params) {
      if (typeof Worker === 'undefined') return argon2idBytes(passphrase, params)
      try {
        return await viaWorker(start(), passphrase, params)
      } catch {
        worker?.terminate()
        worker = null
        return argon2idBytes(passphrase, params)
      }
    },
    warmUp() {
      if (typeof Worker !== 'undefined') start()
    },
    terminate() {
      worker?.terminate()
      worker = null
    }
  }
}
