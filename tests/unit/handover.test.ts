import 'fake-indexeddb/auto'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { generateDataKey } from '@shared/crypto'
import type { Dossier } from '@shared/domain'
import { HandoverError } from '@shared/handover'
import { VaultDatabase } from '../../renderer/vault/vaultDatabase'
import { VaultSession } from '../../renderer/vault/vaultSession'
import { gatherHandover } from '../../renderer/handover/gatherHandover'
import { HandoverConflictError, HandoverPasswordNeededError, importHandover } from '../../renderer/handover/importHandover'
import { patternBytes, samplePdf, samplePng, sha256File } from '../support/exhibitSamples'
import { gulsenDossier } from './fixtures'

const SECOND_MATTER = '3e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c02'
const opened: VaultDatabase[] = []
let n = 0

async function freshVault() {
  const db = new VaultDatabase(`handover-vault-${++n}`)
  opened.push(db)
  const key = await generateDataKey()
  const session = await VaultSession.open(db, key)
  return { db, key, session }
}

function twoMatterDossier(): Dossier {
  const d = gulsenDossier()
  const first = d.matters[0]!
  return {
    ...d,
    matters: [...d.matters, { ...first, id: SECOND_MATTER, kind: 'diffusion', requestingCountry: 'RU', ncb: 'NCB Moscow' }],
    notes: [{ id: '1c8b7a6d-5e4f-4a3b-8c1d-0e9f8a7b6c77', matterId: SECOND_MATTER, body: 'Заметка по делу', createdAt: d.client.createdAt, updatedAt: d.client.createdAt }]
  }
}

async function senderVault() {
  const { db, session } = await freshVault()
  const dossier = await session.saveDossier(twoMatterDossier())
  const pdf = await samplePdf()
  const png = samplePng(40, 30)
  const other = patternBytes(300_000, 9)
  const add = async (matterId: string, fileName: string, bytes: Uint8Array) => {
    const r = await session.exhibits.intake({ dossierId: dossier.id, matterId, fileName, bytes })
    if (r.status !== 'added') throw new Error('not added')
    return r.exhibit
  }
  const exhibits = [await add(dossier.matters[0]!.id, 'warrant.pdf', pdf), await add(SECOND_MATTER, 'Решение суда.png', png), await add(SECOND_MATTER, 'notes.bin', other)]
  return { db, session, dossier, exhibits, bytes: [pdf, png, other] }
}

async function rawCounts(db: VaultDatabase) {
  return { records: await db.records.count(), chunks: await db.fileChunks.count() }
}

function rezip(zip: Uint8Array, change: (entries: Record<string, Uint8Array>) => void): Uint8Array {
  const entries = unzipSync(zip)
  change(entries)
  return zipSync(entries)
}

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close()
    await db.delete()
  }
})

describe('hand-over of a whole client', () => {
  it('arrives in a second vault with the same dossier and every original unchanged', async () => {
    const sender = await senderVault()
    const zip = await gatherHandover(sender.session, sender.dossier.id)
    const receiver = await freshVault()
    const result = await importHandover(receiver.session, zip)
    expect(result).toEqual({ dossierId: sender.dossier.id, scope: 'client', exhibits: 3 })
    expect(receiver.session.getDossier(sender.dossier.id)).toEqual(sender.dossier)
    for (const [i, e] of sender.exhibits.entries()) {
      expect(receiver.session.exhibits.get(e.id)).toEqual(e)
      expect(sha256File(await receiver.session.exhibits.readOriginal(e.id))).toBe(sha256File(sender.bytes[i]!))
    }
    // It is in the database, not only in memory: a re-opened session sees it.
    receiver.session.close()
    const again = await VaultSession.open(receiver.db, receiver.key)
    expect(again.getDossier(sender.dossier.id)).toEqual(sender.dossier)
    expect(sha256File(await again.exhibits.readOriginal(sender.exhibits[2]!.id))).toBe(sha256File(sender.bytes[2]!))
  })

  it('refuses a client already in the vault, and imports it as a copy with fresh ids when asked', async () => {
    const sender = await senderVault()
    const zip = await gatherHandover(sender.session, sender.dossier.id)
    const before = await rawCounts(sender.db)
    await expect(importHandover(sender.session, zip)).rejects.toBeInstanceOf(HandoverConflictError)
    expect(await rawCounts(sender.db)).toEqual(before)
    const copy = await importHandover(sender.session, zip, { asCopy: true })
    expect(copy.dossierId).not.toBe(sender.dossier.id)
    const imported = sender.session.getDossier(copy.dossierId)!
    expect(imported.client.legalName).toBe(sender.dossier.client.legalName)
    expect(imported.client.id).toBe(copy.dossierId)
    expect(imported.matters.map((m) => m.clientId)).toEqual([copy.dossierId, copy.dossierId])
    const oldIds = new Set([sender.dossier.id, ...sender.dossier.matters.map((m) => m.id), ...sender.exhibits.map((e) => e.id)])
    for (const m of imported.matters) {
      expect(oldIds.has(m.id)).toBe(false)
      for (const e of sender.session.exhibits.list(m.id)) {
        expect(oldIds.has(e.id)).toBe(false)
        expect(e.dossierId).toBe(copy.dossierId)
        const original = sender.exhibits.find((x) => x.file.sha256 === e.file.sha256)!
        expect(sha256File(await sender.session.exhibits.readOriginal(e.id))).toBe(original.file.sha256)
      }
    }
    expect(imported.events[0]!.matterId).toBe(imported.matters[0]!.id)
    expect(await rawCounts(sender.db)).toEqual({ records: before.records + 4, chunks: before.chunks * 2 })
  })
})

describe('hand-over of one matter', () => {
  it('carries only that matter, its notes and its exhibits', async () => {
    const sender = await senderVault()
    const zip = await gatherHandover(sender.session, sender.dossier.id, SECOND_MATTER)
    const manifest = JSON.parse(strFromU8(unzipSync(zip)['handover.json']!)) as { scope: string; dossier: Dossier; exhibits: { id: string }[] }
    expect(manifest.scope).toBe('matter')
    expect(manifest.dossier.matters.map((m) => m.id)).toEqual([SECOND_MATTER])
    expect(manifest.dossier.events).toEqual([])
    expect(manifest.dossier.notes).toHaveLength(1)
    expect(manifest.exhibits.map((e) => e.id).sort()).toEqual(sender.exhibits.slice(1).map((e) => e.id).sort())
    const receiver = await freshVault()
    await importHandover(receiver.session, zip)
    expect(receiver.session.getDossier(sender.dossier.id)!.matters).toHaveLength(1)
    expect(receiver.session.exhibits.list(SECOND_MATTER)).toHaveLength(2)
  })
})

describe('a package that is wrong is refused and nothing is written', () => {
  it('a record that fails validation names the part and the field', async () => {
    const sender = await senderVault()
    const zip = rezip(await gatherHandover(sender.session, sender.dossier.id), (entries) => {
      const m = JSON.parse(strFromU8(entries['handover.json']!)) as { exhibits: { title: string }[] }
      m.exhibits[1]!.title = ''
      entries['handover.json'] = strToU8(JSON.stringify(m))
    })
    const receiver = await freshVault()
    const before = await rawCounts(receiver.db)
    const error = await importHandover(receiver.session, zip).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(HandoverError)
    expect((error as Error).message).toMatch(/exhibit record 2, field “title”: Give the exhibit a title\. Nothing was imported/)
    expect(await rawCounts(receiver.db)).toEqual(before)
  })

  it('a file whose bytes were altered', async () => {
    const sender = await senderVault()
    const zip = rezip(await gatherHandover(sender.session, sender.dossier.id), (entries) => {
      const path = Object.keys(entries).find((p) => p.startsWith('exhibits/') && p.endsWith('.bin'))!
      const file = entries[path]!
      file[1000] = file[1000]! ^ 0x01
    })
    const receiver = await freshVault()
    await receiver.session.saveDossier({ ...gulsenDossier('5b0c8f1e-2c4e-4f7a-9a55-3f1d2c1b0a09'), matters: [], events: [] })
    const before = await rawCounts(receiver.db)
    await expect(importHandover(receiver.session, zip)).rejects.toThrow(/does not match the SHA-256 in the package.*Nothing was imported/)
    expect(await rawCounts(receiver.db)).toEqual(before)
    expect(receiver.session.getDossier(sender.dossier.id)).toBeUndefined()
  })

  it('a damaged zip, a zip without handover.json and a newer format', async () => {
    const sender = await senderVault()
    const zip = await gatherHandover(sender.session, sender.dossier.id)
    const receiver = await freshVault()
    const before = await rawCounts(receiver.db)
    await expect(importHandover(receiver.session, zip.slice(0, zip.length - 100))).rejects.toThrow(/not a readable hand-over package/)
    await expect(importHandover(receiver.session, rezip(zip, (e) => delete e['handover.json']))).rejects.toThrow(/no handover\.json/)
    const newer = rezip(zip, (e) => {
      const m = JSON.parse(strFromU8(e['handover.json']!)) as { version: number }
      m.version = 2
      e['handover.json'] = strToU8(JSON.stringify(m))
    })
    await expect(importHandover(receiver.session, newer)).rejects.toThrow(/newer version of Redress/)
    expect(await rawCounts(receiver.db)).toEqual(before)
  })
})

const hasUnzip = spawnSync('unzip', ['-v']).status === 0
describe('checkable by anyone', () => {
  it.skipIf(!hasUnzip)('unpacks with unzip and passes sha256sum -c SHA256SUMS', async () => {
    const sender = await senderVault()
    const zip = await gatherHandover(sender.session, sender.dossier.id)
    const dir = mkdtempSync(join(tmpdir(), 'handover-'))
    try {
      writeFileSync(join(dir, 'h.zip'), zip)
      execFileSync('unzip', ['-q', 'h.zip', '-d', 'out'], { cwd: dir })
      const out = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: join(dir, 'out'), encoding: 'utf8' })
      expect(out.trim().split('\n')).toHaveLength(3)
      expect(out).not.toMatch(/FAILED/)
      expect(JSON.parse(readFileSync(join(dir, 'out', 'handover.json'), 'utf8')).format).toBe('redress-handover')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

const has7z = spawnSync('7z', ['i']).status === 0
describe('password-protected hand-over (WinZip AES-256)', () => {
  it('needs the password, refuses a wrong one, and imports with the right one', async () => {
    const sender = await senderVault()
    const zip = await gatherHandover(sender.session, sender.dossier.id, undefined, 'correct horse battery')
    // Nothing readable in the clear: the Cyrillic note and the client's name do not appear.
    const text = Buffer.from(zip).toString('latin1')
    expect(text).not.toContain('Yildirim')
    expect(() => unzipSync(zip)).toThrow()
    const receiver = await freshVault()
    const before = await rawCounts(receiver.db)
    await expect(importHandover(receiver.session, zip)).rejects.toBeInstanceOf(HandoverPasswordNeededError)
    await expect(importHandover(receiver.session, zip, { password: 'wrong horse battery' })).rejects.toThrow(/password is not right/)
    expect(await rawCounts(receiver.db)).toEqual(before)
    await importHandover(receiver.session, zip, { password: 'correct horse battery' })
    expect(receiver.session.getDossier(sender.dossier.id)).toEqual(sender.dossier)
    expect(sha256File(await receiver.session.exhibits.readOriginal(sender.exhibits[1]!.id))).toBe(sha256File(sender.bytes[1]!))
  })

  it.skipIf(!has7z)('opens with 7z and passes sha256sum -c (skipped: 7z is not installed here)', async () => {
    const sender = await senderVault()
    const zip = await gatherHandover(sender.session, sender.dossier.id, undefined, 'correct horse battery')
    const dir = mkdtempSync(join(tmpdir(), 'handover-7z-'))
    try {
      writeFileSync(join(dir, 'h.zip'), zip)
      execFileSync('7z', ['x', '-pcorrect horse battery', '-oout', 'h.zip'], { cwd: dir })
      const out = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: join(dir, 'out'), encoding: 'utf8' })
      expect(out).not.toMatch(/FAILED/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
