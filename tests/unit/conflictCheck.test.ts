// The conflict check over a vault's clients and contacts: which record, which stored name, why.
import { describe, expect, it } from 'vitest'
import { buildConflictCheck } from '@shared/conflicts'
import { Contact, Dossier, type Dossier as DossierT } from '@shared/domain'
import { gulsenDossier, yerlanDossier } from './fixtures'

const NOW = '2026-11-23T09:00:00.000Z'

function clientDossier(n: number, legalName: string, extra: { latinName?: string; aliases?: string[] } = {}): DossierT {
  const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`
  return Dossier.parse({ schemaVersion: 1, id, client: { id, legalName, ...extra, createdAt: NOW, updatedAt: NOW } })
}

const witness = Contact.parse({
  id: '11111111-1111-4111-8111-111111111111',
  role: 'other',
  name: 'Рахимова Дильноза',
  notes: 'Witness for the prosecution',
  createdAt: NOW,
  updatedAt: NOW
})
const ccf = Contact.parse({ id: '22222222-2222-4222-8222-222222222222', role: 'ccf', name: 'CCF Secretariat', createdAt: NOW, updatedAt: NOW })
const aliasClient = clientDossier(3, 'Abdurehim Imin', { aliases: ['Abu Omar al-Turkistani'] })

const check = buildConflictCheck([gulsenDossier(), yerlanDossier(), aliasClient], [witness, ccf])

describe('buildConflictCheck', () => {
  it('finds an existing client typed without Turkish letters, in Latin and in Cyrillic', () => {
    const [latin] = check.check({ legalName: 'Gulsen Yildirim' })
    expect(latin).toMatchObject({ kind: 'client', id: gulsenDossier().id, name: 'Gülşen Yıldırım', strength: 'exact' })
    const cyrillic = check.check({ legalName: 'Йылдырым Гюльшен' })
    expect(cyrillic).toHaveLength(1)
    expect(cyrillic[0]).toMatchObject({ id: gulsenDossier().id, typedField: 'legal-name', strength: 'strong' })
    expect(cyrillic[0]?.reasons).toEqual(expect.arrayContaining(['other-script', 'word-order']))
  })

  it('matches the stored Latin transliteration and says which stored name matched', () => {
    const [latin] = check.check({ legalName: 'Yerlan Zhaksylykov' })
    expect(latin).toMatchObject({ id: yerlanDossier().id, matchedField: 'latin-name', matchedName: 'Yerlan Zhaksylykov', strength: 'exact' })
    // Another romanisation is as close to the Cyrillic legal name as to the stored transliteration.
    const [variant] = check.check({ legalName: 'Erlan Jaksilikov' })
    expect(variant).toMatchObject({ id: yerlanDossier().id, strength: 'strong' })
  })

  it('matches an alias, stored or typed, and gives "alias" as a reason', () => {
    const [stored] = check.check({ legalName: 'Abu Omar al Turkistani' })
    expect(stored).toMatchObject({ id: aliasClient.id, matchedField: 'alias', matchedName: 'Abu Omar al-Turkistani' })
    expect(stored?.reasons[0]).toBe('alias')
    const [typed] = check.check({ legalName: 'Nobody Known', aliases: ['Ерлан Жақсылықов'] })
    expect(typed).toMatchObject({ id: yerlanDossier().id, typedField: 'alias', typedName: 'Ерлан Жақсылықов' })
    expect(typed?.reasons).toContain('alias')
  })

  it('finds a contact (a witness) written in another script, with its role', () => {
    const [hit] = check.check({ legalName: 'Dilnoza Rakhimova' })
    expect(hit).toMatchObject({ kind: 'contact', id: witness.id, role: 'other', matchedField: 'contact-name', strength: 'strong' })
    expect(hit?.reasons).toEqual(expect.arrayContaining(['other-script', 'word-order']))
  })

  it('lists each record once, with its best match', () => {
    const hits = check.check({ legalName: 'Gülşen Yıldırım', latinName: 'Gulsen Yildirim', aliases: ['Gulshen Yildirim'] })
    expect(hits).toHaveLength(1)
    expect(hits[0]?.strength).toBe('exact')
  })

  it('orders closer matches first', () => {
    const both = buildConflictCheck([clientDossier(7, 'Gulsen Yildrim'), gulsenDossier()], [])
    expect(both.check({ legalName: 'Gülşen Yıldırım' }).map((h) => h.strength)).toEqual(['exact', 'strong'])
  })

  it('finds nothing for an unrelated name, one sharing only a surname, or nothing typed', () => {
    expect(check.check({ legalName: 'Pierre Dupont' })).toEqual([])
    expect(check.check({ legalName: 'Ahmet Yıldırım' })).toEqual([])
    expect(check.check({ legalName: '', latinName: '  ', aliases: [''] })).toEqual([])
  })

  it('checks 5,000 dossiers while the lawyer types (prints the time)', () => {
    const given = ['Aziz', 'Bahtiyar', 'Camila', 'Darius', 'Emine', 'Farid', 'Galina', 'Hakan', 'Irina', 'Jamal']
    const family = ['Abdullayev', 'Kuznetsova', 'Haddad', 'Öztürk', 'Karimov', 'Nazarbekova', 'Suleiman', 'Petrenko']
    const many = Array.from({ length: 5000 }, (_, i) =>
      clientDossier(100 + i, `${given[i % given.length]} ${family[(i * 7) % family.length]}${i}`, { latinName: `Client ${i}`, aliases: [`Alias ${i}`] })
    )
    const started = performance.now()
    const big = buildConflictCheck([...many, gulsenDossier()], [witness])
    const built = performance.now()
    const hits = big.check({ legalName: 'Йылдырым Гюльшен' })
    const checked = performance.now()
    big.check({ legalName: 'Йылдырым Гюльшенн' })
    const again = performance.now()
    console.log(`conflict check, 5,001 dossiers: build ${(built - started).toFixed(0)} ms, first check ${(checked - built).toFixed(0)} ms, next keystroke ${(again - checked).toFixed(0)} ms`)
    expect(hits.map((h) => h.id)).toEqual([gulsenDossier().id])
    expect(again - checked).toBeLessThan(1500)
  })
})
