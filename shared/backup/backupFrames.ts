// Encryption layer of a .redress-backup file. After the header come frames:
//   u32 big-endian ciphertext length | u8 flag (0 = more follow, 1 = final) | 12-byte IV | AES-256-GCM ciphertext
// Frame 0 is the key check: its plaintext is SHA-256(header block) and its AAD names only the
// format, so a failure there can only mean a wrong key — a wrong passphrase, or damage to the
// salt/KDF parameters or to frame 0 itself (GCM cannot say which). With the key proven right, a
// hash mismatch means the header was altered: reported as damage, not as a wrong passphrase.
// Every later frame's AAD binds SHA-256(header block) | frame index | final flag, so a frame that
// is altered, moved, dropped, duplicated, taken from another backup, or falsely marked final
// fails; a file cut at a frame boundary has no final frame and is reported as truncated.
import { ReusableBackupKey, deriveBackupKey } from './backupKey'
import { BackupFormatError } from './backupErrors'
import type { ByteReader } from './byteReader'
import { randomBytes, type KdfFunction, type KdfParams } from '@shared/crypto'

const PREFIX_BYTES = 4 + 1 + 12
const TAG_BYTES = 16
const HASH_BYTES = 32
const encoder = new TextEncoder()
const KEY_CHECK_AAD = encoder.encode('redress-backup|1|key-check')
const FRAME_AAD_LABEL = encoder.encode('redress-backup|1|frame|')

export async function headerHash(headerBlock: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', headerBlock as Uint8Array<ArrayBuffer>))
}

/** Reusable AAD buffer: label | header hash | u32 index | u8 final. */
class FrameAad {
  private readonly bytes: Uint8Array<ArrayBuffer>
  private readonly view: DataView
  constructor(hash: Uint8Array) {
    this.bytes = new Uint8Array(FRAME_AAD_LABEL.length + HASH_BYTES + 5)
    this.bytes.set(FRAME_AAD_LABEL, 0)
    this.bytes.set(hash, FRAME_AAD_LABEL.length)
    this.view = new DataView(this.bytes.buffer)
  }
  for(index: number, final: boolean): Uint8Array<ArrayBuffer> {
    const at = FRAME_AAD_LABEL.length + HASH_BYTES
    this.view.setUint32(at, index)
    this.bytes[at + 4] = final ? 1 : 0
    return this.bytes
  }
}

function framePrefix(ctLength: number, final: boolean, iv: Uint8Array): Uint8Array {
  const prefix = new Uint8Array(PREFIX_BYTES)
  new DataView(prefix.buffer).setUint32(0, ctLength)
  prefix[4] = final ? 1 : 0
  prefix.set(iv, 5)
  return prefix
}

/** Frames being encrypted at once (WebCrypto works off the main thread): the next frames are filled meanwhile. */
const SEALS_AHEAD = 4

/**
 * Packs plaintext into frames of exactly `frameBytes` (the last may be shorter) and seals them,
 * up to SEALS_AHEAD at a time, handing them out in order. Yields prefix and ciphertext as separate
 * chunks so no frame is copied after encryption.
 */
export class FrameSealer {
  private readonly buffer: Uint8Array<ArrayBuffer>
  private filled = 0
  private index = 1
  private readonly aad: FrameAad
  private finished = false
  private readonly sealing: { final: boolean; iv: Uint8Array; ct: Promise<ArrayBuffer> }[] = []

  constructor(
    private readonly key: CryptoKey,
    hash: Uint8Array,
    frameBytes: number
  ) {
    this.buffer = new Uint8Array(frameBytes)
    this.aad = new FrameAad(hash)
  }

  static async keyCheckFrame(key: CryptoKey, hash: Uint8Array): Promise<Uint8Array[]> {
    const iv = randomBytes(12)
    const ct = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: KEY_CHECK_AAD }, key, hash as Uint8Array<ArrayBuffer>))
    return [framePrefix(ct.length, false, iv), ct]
  }

  async *push(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
    let at = 0
    while (at < bytes.length) {
      // A full frame is sealed only once more bytes are waiting, so the final frame is never empty.
      if (this.filled === this.buffer.length) yield* this.seal(false)
      const take = Math.min(bytes.length - at, this.buffer.length - this.filled)
      this.buffer.set(bytes.subarray(at, at + take), this.filled)
      this.filled += take
      at += take
    }
  }

  async *finish(): AsyncGenerator<Uint8Array> {
    if (this.finished || this.filled === 0) throw new Error('FrameSealer.finish needs pending plaintext and may run once.')
    this.finished = true
    yield* this.seal(true)
  }

  private async *seal(final: boolean): AsyncGenerator<Uint8Array> {
    if (this.index > 0xffff_ffff) throw new RangeError('Too many frames for one backup.')
    const iv = randomBytes(12)
    // WebCrypto copies its input and AAD when called, so the buffer can be refilled straight away.
    const ct = crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: this.aad.for(this.index, final) }, this.key, this.buffer.subarray(0, this.filled))
    ct.catch(() => undefined) // awaited below in order, unless the backup stopped first
    this.sealing.push({ final, iv, ct })
    this.index++
    this.filled = 0
    while (this.sealing.length > (final ? 0 : SEALS_AHEAD - 1)) {
      const next = this.sealing.shift()!
      const sealed = new Uint8Array(await next.ct)
      yield framePrefix(sealed.length, next.final, next.iv)
      yield sealed
    }
  }
}

/**
 * Derives the key, proves it with frame 0 and checks the header hash. Afterwards `plaintext()`
 * yields each later frame's plaintext once authenticated, and returns only after the final
 * frame and the end of the file — a byte more or less throws.
 */
export async function openFrames(
  reader: ByteReader,
  headerBlock: Uint8Array,
  options: { passphrase: string; kdfParams: KdfParams; kdf?: KdfFunction; frameBytes: number; reuseKey?: ReusableBackupKey; keepKey?: (key: ReusableBackupKey) => void }
): Promise<AsyncGenerator<Uint8Array>> {
  const hash = await headerHash(headerBlock)
  const key = options.reuseKey?.take(options.passphrase, options.kdfParams) ?? (await deriveBackupKey(options.passphrase, options.kdfParams, options.kdf))
  const first = await readFrame(reader, HASH_BYTES + TAG_BYTES, 0)
  if (first.final || first.ct.length !== HASH_BYTES + TAG_BYTES)
    throw new BackupFormatError('damaged', 'The key-check frame has the wrong shape.', first.offset)
  let check: Uint8Array
  try {
    check = new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: first.iv, additionalData: KEY_CHECK_AAD }, key, first.ct))
  } catch {
    throw new BackupFormatError('wrong-passphrase-or-damaged-header', 'The key-check frame did not open with the derived key.', first.offset)
  }
  if (!check.every((b, i) => b === hash[i]))
    throw new BackupFormatError('damaged', 'The passphrase is right but the header was changed after the backup was made.', headerBlock.length)
  options.keepKey?.(new ReusableBackupKey(options.passphrase, options.kdfParams, key))
  return authenticatedFrames(reader, key, hash, options.frameBytes)
}

/** Frames read and being decrypted ahead of the one handed out: decryption (off the main thread) overlaps the caller's work on the previous frame. */
const FRAMES_AHEAD = 3

/** A frame read ahead: its plaintext once decrypted, or the problem found where it should have been. */
type FrameSlot = { plaintext: Promise<Uint8Array>; final: boolean } | { problem: unknown }

async function* authenticatedFrames(reader: ByteReader, key: CryptoKey, hash: Uint8Array, frameBytes: number): AsyncGenerator<Uint8Array> {
  const aad = new FrameAad(hash)
  const slots: FrameSlot[] = []
  let index = 1
  let done = false
  // Reads the next frame and starts decrypting it. A problem is queued in the frame's place, so
  // problems are reported in file order, exactly as if every frame were read only when needed.
  const readAhead = async () => {
    try {
      if (await reader.atEnd()) throw new BackupFormatError('truncated', `The file ends after frame ${index - 1}, before the final frame.`, reader.offset)
      const frame = await readFrame(reader, frameBytes + TAG_BYTES, index)
      // Only the final frame may be short: a shortened middle frame is damage even if it decrypts.
      if (!frame.final && frame.ct.length !== frameBytes + TAG_BYTES)
        throw new BackupFormatError('damaged', `Frame ${index} has the wrong length.`, frame.offset)
      const at = index
      // WebCrypto copies its inputs when called, so the AAD buffer can be reused for the next frame.
      const plaintext = crypto.subtle.decrypt({ name: 'AES-GCM', iv: frame.iv, additionalData: aad.for(at, frame.final) }, key, frame.ct).then(
        (buffer) => new Uint8Array(buffer),
        () => {
          throw new BackupFormatError('damaged', `Frame ${at} failed its integrity check.`, frame.offset)
        }
      )
      plaintext.catch(() => undefined) // awaited in order below, unless an earlier frame stopped the read
      slots.push({ plaintext, final: frame.final })
      index++
      if (frame.final) {
        done = true
        if (!(await reader.atEnd())) throw new BackupFormatError('damaged', 'There are unexpected bytes after the final frame.', reader.offset)
      }
    } catch (problem) {
      done = true
      slots.push({ problem })
    }
  }
  for (;;) {
    while (!done && slots.length < FRAMES_AHEAD) await readAhead()
    const slot = slots.shift()
    if (slot === undefined) return
    if ('problem' in slot) throw slot.problem
    yield await slot.plaintext
  }
}

interface RawFrame {
  final: boolean
  iv: Uint8Array<ArrayBuffer>
  ct: Uint8Array<ArrayBuffer>
  offset: number
}

async function readFrame(reader: ByteReader, maxCt: number, index: number): Promise<RawFrame> {
  const offset = reader.offset
  const prefix = await reader.readUpTo(PREFIX_BYTES)
  if (prefix.length < PREFIX_BYTES) throw new BackupFormatError('truncated', `The file ends inside the start of frame ${index}.`, reader.offset)
  const length = new DataView(prefix.buffer, prefix.byteOffset, prefix.byteLength).getUint32(0)
  const flag = prefix[4]
  // The length is checked before reading so a damaged length cannot make us reserve gigabytes.
  if (length <= TAG_BYTES || length > maxCt || (flag !== 0 && flag !== 1))
    throw new BackupFormatError('damaged', `Frame ${index} has an impossible length or flag.`, offset)
  const ct = await reader.readUpTo(length)
  if (ct.length < length) throw new BackupFormatError('truncated', `The file ends inside frame ${index}.`, reader.offset)
  return { final: flag === 1, iv: prefix.slice(5, PREFIX_BYTES), ct: ct as Uint8Array<ArrayBuffer>, offset }
}
