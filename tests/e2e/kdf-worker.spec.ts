// The passphrase is stretched in a dedicated worker, so the unlock screen keeps responding.
import { GULSEN, PASSPHRASE, createClient, createVault, expect, expectLocked, test, unlock } from './helpers'

test('Argon2id runs in the key-derivation worker; the vault still opens', async ({ page }) => {
  await createVault(page)
  await createClient(page, GULSEN)
  await page.reload()
  await expectLocked(page)
  await expect.poll(() => page.workers().map((w) => w.url()).filter((u) => /kdf\.worker/.test(u)).length).toBe(1)
  const [worker] = page.workers().filter((w) => /kdf\.worker/.test(w.url()))
  // The worker answers a derivation request itself (the UI thread's fallback is not involved).
  const answer = await worker!.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const params = { algorithm: 'argon2id', memoryKiB: 19456, iterations: 2, parallelism: 1, salt: new Uint8Array(16) }
        // Deliver a request as the UI thread would, and capture the reply the worker posts.
        self.postMessage = ((message: unknown) => resolve((message as { bytes?: Uint8Array }).bytes?.length ?? -1)) as typeof self.postMessage
        self.dispatchEvent(new MessageEvent('message', { data: { requestId: 1, passphrase: 'x', params } }))
      })
  )
  expect(answer).toBe(32)
  await page.reload() // a fresh worker for the real unlock
  await expectLocked(page)
  await unlock(page, PASSPHRASE)
  await expect(page.getByText(GULSEN.legalName)).toBeVisible()
})
