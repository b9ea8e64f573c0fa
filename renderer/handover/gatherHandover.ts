// Collects one client (or one matter) from the open vault and builds its hand-over zip. Each
// original is read through the shelf, which checks it against the SHA-256 taken at intake.
import { encryptHandover, writeHandover, HandoverError } from '@shared/handover'
import type { VaultSession } from '../vault/vaultSession'

/** With a password the zip is WinZip AES-256; without one it is a plain zip anyone can read. */
export async function gatherHandover(session: VaultSession, dossierId: string, matterId?: string, password?: string): Promise<Uint8Array> {
  const dossier = session.getDossier(dossierId)
  if (!dossier) throw new HandoverError('This client is no longer in the vault, so it cannot be handed over.')
  const matterIds = matterId ? [matterId] : dossier.matters.map((m) => m.id)
  const exhibits = matterIds.flatMap((id) => session.exhibits.list(id))
  const originals = new Map<string, Uint8Array>()
  for (const e of exhibits) originals.set(e.id, await session.exhibits.readOriginal(e.id))
  try {
    const zip = await writeHandover({ dossier, matterId, exhibits, originals, createdAt: new Date().toISOString() })
    return password ? await encryptHandover(zip, password) : zip
  } finally {
    for (const bytes of originals.values()) bytes.fill(0)
  }
}
