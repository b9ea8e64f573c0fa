// Country concerns in the vault: encrypted at rest, read back after lock and unlock, a bad one
// refused without touching what is stored, deleted for good. The form's findings read in the UI
// language, one per field.
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { CountryConcern, type CountryConcernInput } from '@shared/countryProfiles/countryConcern'
import { VaultDatabase } from '../../renderer/vault/vaultDatabase'
import { VaultController } from '../../renderer/vault/vaultController'
import { checkConcern, draftOf } from '../../renderer/features/countryProfiles/concernDraft'
import { setUiLocalePreference } from '../../renderer/i18n/uiLocale'

const PASS = 'ferry lantern quartz mosaic 1984'
let dbCount = 0
const opened: VaultDatabase[] = []

function freshDb(): VaultDatabase {
  const db = new VaultDatabase(`concern-vault-${++dbCount}`)
  opened.push(db)
  return db
}

function sessionOf(c: VaultController) {
  const s = c.getState()
  if (s.phase !== 'unlocked') throw new Error(`expected unlocked, got ${s.phase}`)
  return s.session
}

async function rawRecords(db: VaultDatabase): Promise<string> {
  return JSON.stringify(await db.records.toArray(), (_k, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v))
}

afterEach(async () => {
  setUiLocalePreference('system')
  for (const db of opened.splice(0)) {
    db.close()
    await db.delete()
  }
})

const concern: CountryConcernInput = {
  id: '0b8e2f7c-4d1a-4e5b-9c3d-2a6f8e1b7c90',
  country: 'TR',
  reportTitle: 'Concluding observations on the second periodic report of Türkiye',
  publisher: 'UN Human Rights Committee',
  date: '2024-11',
  link: 'https://tbinternet.ohchr.org/treatybodyexternal/Download.aspx?symbolno=CCPR/C/TUR/CO/2',
  whatItSays: 'Concern at the broad definition of terrorism.',
  createdAt: '2026-11-23T10:00:00.000Z',
  updatedAt: '2026-11-23T10:00:00.000Z'
}

describe('country concerns in the vault', () => {
  it('are stored encrypted, read back after lock and unlock, and deleted for good', async () => {
    const db = freshDb()
    const c = new VaultController(db)
    await c.start()
    await c.create(PASS, PASS)
    await sessionOf(c).countryConcerns.save(CountryConcern.parse(concern))
    expect(sessionOf(c).countryConcerns.forCountry('TR').map((x) => x.reportTitle)).toEqual([concern.reportTitle])
    expect(sessionOf(c).countryConcerns.forCountry('RU')).toEqual([])

    const stored = await db.records.where('kind').equals('country-concern').toArray()
    expect(stored).toHaveLength(1)
    expect(await rawRecords(db)).not.toContain('periodic report')

    c.lock()
    const again = new VaultController(db)
    await again.start()
    expect(await again.unlock(PASS)).toEqual({ ok: true })
    const session = sessionOf(again)
    expect(session.countryConcerns.get(concern.id)).toMatchObject({ reportTitle: concern.reportTitle, link: concern.link, date: '2024-11' })
    expect(session.unreadable).toEqual([])

    await session.countryConcerns.delete(concern.id)
    expect(session.countryConcerns.all()).toEqual([])
    expect(await db.records.where('kind').equals('country-concern').count()).toBe(0)
  })

  it('refuses a concern with a bad link without changing what is stored or shown', async () => {
    const db = freshDb()
    const c = new VaultController(db)
    await c.start()
    await c.create(PASS, PASS)
    const session = sessionOf(c)
    await session.countryConcerns.save(CountryConcern.parse(concern))
    const before = await rawRecords(db)
    const bad = { ...CountryConcern.parse(concern), link: 'http://tbinternet.ohchr.org/report' }
    await expect(session.countryConcerns.save(bad)).rejects.toThrow(/https:\/\//)
    expect(await rawRecords(db)).toBe(before)
    expect(session.countryConcerns.get(concern.id)?.link).toBe(concern.link)
  })
})

describe('the concern form’s findings', () => {
  const draft = { ...draftOf(), reportTitle: 'Annual report', publisher: 'Amnesty International', date: '2024-02-30', link: 'www.amnesty.org', whatItSays: '' }

  it('gives one message per field in English, and a valid draft becomes a concern of the profile’s country', () => {
    setUiLocalePreference('en')
    const checked = checkConcern(draft, 'TR')
    expect(checked).toEqual({
      ok: false,
      errors: {
        date: 'This date does not exist in the calendar.',
        link: 'The link must be a full web address starting with https://, e.g. https://www.example.org/report. Copy it from the address bar of the report.',
        whatItSays: 'This field is required.'
      }
    })
    const ok = checkConcern({ ...draft, date: '2024-02-29', link: ' https://www.amnesty.org/en/ ', whatItSays: 'Prosecutions.' }, 'TR')
    expect(ok.ok && ok.concern).toMatchObject({ country: 'TR', date: '2024-02-29', link: 'https://www.amnesty.org/en/' })
  })

  it('reads in the UI language, and says how long a too-long field may be', () => {
    setUiLocalePreference('fr')
    const checked = checkConcern({ ...draft, reportTitle: 'x'.repeat(301) }, 'TR')
    expect(checked.ok).toBe(false)
    if (checked.ok) return
    expect(checked.errors.date).toBe('Cette date n’existe pas dans le calendrier.')
    expect(checked.errors.link).toMatch(/^Le lien doit être une adresse web complète/)
    expect(checked.errors.reportTitle).toBe('300 caractères au plus.')
    setUiLocalePreference('ru')
    const ru = checkConcern({ ...draft, date: '24.02.2024' }, 'TR')
    expect(!ru.ok && ru.errors.date).toBe('Используйте формат гггг-мм-дд или гггг-мм, например 2024-05-16 или 2024-05.')
  })

  it('keeps an edited concern’s id, country and creation time', () => {
    const existing = CountryConcern.parse(concern)
    const checked = checkConcern({ ...draftOf(existing), whatItSays: 'Updated summary.' }, 'RU', existing)
    expect(checked.ok && checked.concern).toMatchObject({ id: existing.id, country: 'TR', createdAt: existing.createdAt, whatItSays: 'Updated summary.' })
  })
})
