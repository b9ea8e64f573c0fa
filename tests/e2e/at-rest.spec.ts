// Nothing readable about a client reaches the disk: read every IndexedDB database of the origin
// with the raw API (no key) and look for the client's names and case details in every encoding.
import { CLIENT_SECRETS, GULSEN, GULSEN_RED_NOTICE, YERLAN, addMatter, createClient, createVault, expect, test } from './helpers'

const SECRETS = [...CLIENT_SECRETS, '2017/118', 'Ankara']
const CANARY = 'canary-Şğ-Жақ-42'

interface StoreDump {
  db: string
  store: string
  count: number
  text: string
}

test('IndexedDB, localStorage and sessionStorage hold no client names or case numbers', async ({ page }) => {
  await createVault(page)
  await createClient(page, GULSEN)
  await addMatter(page, GULSEN_RED_NOTICE)
  // An exhibit whose file name and bytes name the client: both must reach the disk only encrypted.
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Add files…' }).click()])
  await chooser.setFiles({ name: 'Gülşen Yıldırım statement 2017-118.txt', mimeType: 'text/plain', buffer: Buffer.from(`Statement of Gülşen Yıldırım, Ankara, case 2017/118. ${CANARY}`, 'utf8') })
  await expect(page.getByRole('region', { name: 'Exhibits' }).getByRole('status')).toContainText('added')
  await createClient(page, YERLAN)

  // Positive control: a canary written as UTF-8 bytes in another database must be found by the dump.
  await page.evaluate(
    (canary) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('at-rest-canary')
        open.onupgradeneeded = () => open.result.createObjectStore('bytes')
        open.onsuccess = () => {
          const tx = open.result.transaction('bytes', 'readwrite')
          tx.objectStore('bytes').put({ payload: new TextEncoder().encode(canary) }, 'k')
          tx.oncomplete = () => (open.result.close(), resolve())
          tx.onerror = () => reject(tx.error)
        }
        open.onerror = () => reject(open.error)
      }),
    CANARY
  )

  const dump = await page.evaluate(async (): Promise<{ databases: string[]; stores: StoreDump[]; storage: string; caches: string[] }> => {
    const request = <T,>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result)
        r.onerror = () => reject(r.error)
      })
    const latin1 = (bytes: Uint8Array) => Array.from(bytes, (b) => String.fromCharCode(b)).join('')
    const utf8 = (bytes: Uint8Array) => new TextDecoder('utf-8', { fatal: false }).decode(bytes)
    const parts: string[] = []
    const walk = (v: unknown): void => {
      if (v instanceof Uint8Array || v instanceof ArrayBuffer || ArrayBuffer.isView(v)) {
        const bytes = v instanceof ArrayBuffer ? new Uint8Array(v) : new Uint8Array(v.buffer, v.byteOffset, v.byteLength)
        parts.push(utf8(bytes), latin1(bytes))
      } else if (v instanceof Blob) {
        parts.push('[blob]') // none expected; a blob would need async reading
      } else if (Array.isArray(v)) v.forEach(walk)
      else if (v && typeof v === 'object') Object.entries(v).forEach(([k, x]) => (parts.push(k), walk(x)))
      else parts.push(String(v))
    }
    const json = (v: unknown) =>
      JSON.stringify(v, (_k, x) => (x instanceof Uint8Array ? Array.from(x) : x instanceof ArrayBuffer ? Array.from(new Uint8Array(x)) : x))

    const infos = await indexedDB.databases()
    const stores: StoreDump[] = []
    for (const info of infos) {
      if (!info.name) continue
      const db = await request(indexedDB.open(info.name))
      for (const name of Array.from(db.objectStoreNames)) {
        const store = db.transaction(name, 'readonly').objectStore(name)
        const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())])
        parts.length = 0
        walk(keys)
        walk(values)
        stores.push({ db: info.name, store: name, count: values.length, text: `${parts.join('\n')}\n${json(keys)}\n${json(values)}` })
      }
      db.close()
    }
    const storage = [localStorage, sessionStorage]
      .flatMap((s) => Array.from({ length: s.length }, (_, i) => `${s.key(i)}=${s.getItem(s.key(i) ?? '')}`))
      .join('\n')
    const cacheNames = 'caches' in window ? await caches.keys() : []
    return { databases: infos.map((d) => d.name ?? ''), stores, storage, caches: cacheNames }
  })

  // The dump really covers the vault: two dossier envelopes, the keyring with its KDF parameters.
  expect(dump.databases).toContain('redress-vault')
  const records = dump.stores.find((s) => s.db === 'redress-vault' && s.store === 'records')
  expect(records?.count).toBeGreaterThanOrEqual(2)
  expect(records?.text).toContain('dossier')
  expect(dump.stores.find((s) => s.db === 'redress-vault' && s.store === 'meta')?.text).toContain('argon2id')
  expect(dump.stores.find((s) => s.db === 'redress-vault' && s.store === 'fileChunks')?.count).toBe(1)
  expect(dump.stores.find((s) => s.db === 'at-rest-canary')?.text).toContain(CANARY)

  for (const s of dump.stores.filter((x) => x.db !== 'at-rest-canary')) {
    for (const secret of [...SECRETS, CANARY]) expect(s.text, `${s.db}/${s.store} contains "${secret}"`).not.toContain(secret)
  }
  for (const secret of SECRETS) expect(dump.storage).not.toContain(secret)
  expect(dump.caches).toEqual([])
})
