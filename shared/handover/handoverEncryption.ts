// Password-protected hand-over packages: the same zip, its entries re-packed as WinZip AES-256,
// which 7-Zip, WinZip, macOS Archive Utility and Info-ZIP unzip 6.1+ (or `7z x`) can open.
import { Uint8ArrayReader, Uint8ArrayWriter, ZipReader, ZipWriter, configure } from '@zip.js/zip.js/index-native.js'
import { unzipSync, zipSync } from 'fflate'
import { HandoverError } from './handoverPackage'

// The native build deflates with CompressionStream: the default one fetches a WebAssembly module
// from a data: URL, which the app's Content Security Policy (rightly) blocks. Workers would need a
// script URL of their own; hand-over packages are small enough to pack inline.
configure({ useWebWorkers: false, useCompressionStream: true })

const LOCAL_HEADER = 0x04034b50

/** True when the first entry of the zip is encrypted (general-purpose flag bit 0). */
export function isEncryptedHandover(zip: Uint8Array): boolean {
  if (zip.length < 30) return false
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  return view.getUint32(0, true) === LOCAL_HEADER && (view.getUint16(6, true) & 1) === 1
}

export async function encryptHandover(zip: Uint8Array, password: string): Promise<Uint8Array> {
  if (password.length < 8) throw new HandoverError('Use a password of at least 8 characters for the hand-over file.')
  const writer = new ZipWriter(new Uint8ArrayWriter(), { password, encryptionStrength: 3, zipCrypto: false })
  for (const [name, bytes] of Object.entries(unzipSync(zip))) {
    await writer.add(name, new Uint8ArrayReader(bytes), { level: /\.(pdf|jpe?g|png)$/i.test(name) ? 0 : 6 })
  }
  return writer.close()
}

/** The plain zip inside; throws HandoverError when the password is wrong or the file is damaged. */
export async function decryptHandover(zip: Uint8Array, password: string): Promise<Uint8Array> {
  const reader = new ZipReader(new Uint8ArrayReader(zip))
  const out: Record<string, Uint8Array> = {}
  try {
    for (const entry of await reader.getEntries()) {
      if (entry.directory || !entry.getData) continue
      out[entry.filename] = await entry.getData(new Uint8ArrayWriter(), { password, checkSignature: true })
    }
  } catch (e) {
    const message = e instanceof Error ? e.message : ''
    if (/password/i.test(message)) throw new HandoverError('The password is not right for this hand-over file. Check it with the sender and try again.')
    throw new HandoverError('This hand-over file is damaged and cannot be opened. Ask the sender for the file again.')
  } finally {
    await reader.close()
  }
  return zipSync(Object.fromEntries(Object.entries(out).map(([name, bytes]) => [name, [bytes, { level: 0 }]])))
}
