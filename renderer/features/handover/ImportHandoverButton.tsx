// "Import a hand-over…": reads a package, checks it completely, and adds the client to this vault.
import { useId, useState } from 'react'
import { HandoverError } from '@shared/handover'
import { getPlatform } from '../../platform/platform'
import { HandoverConflictError, HandoverPasswordNeededError, importHandover } from '../../handover/importHandover'
import { useNavigation } from '../../src/navigation'
import { useSession } from '../../src/session'
import { ConfirmDialog } from '../../src/ui/ConfirmDialog'
import { FormAlert } from '../../src/ui/fields'
import { handoverMessages as m } from './handoverMessages'

export function ImportHandoverButton() {
  const session = useSession()
  const { navigate } = useNavigation()
  const [conflict, setConflict] = useState<{ bytes: Uint8Array; password?: string } | null>(null)
  const [locked, setLocked] = useState<Uint8Array | null>(null)
  const [password, setPassword] = useState('')
  const passwordId = useId()
  const [failure, setFailure] = useState<string | null>(null)

  const run = async (bytes: Uint8Array, asCopy: boolean, password?: string) => {
    setFailure(null)
    try {
      const result = await importHandover(session, bytes, { asCopy, password })
      navigate({ page: 'dossier', dossierId: result.dossierId })
    } catch (e) {
      if (e instanceof HandoverPasswordNeededError) setLocked(bytes)
      else if (e instanceof HandoverConflictError) setConflict({ bytes, password })
      else setFailure(e instanceof HandoverError ? e.message : m.importFailed)
    }
  }

  const pick = async () => {
    const [file] = await getPlatform().openFiles({ accept: [{ name: 'Hand-over package', extensions: ['zip'] }], multiple: false })
    if (file) await run(file.bytes, false)
  }

  return (
    <>
      <button type="button" className="button" onClick={() => void pick()}>
        {m.importHandover}
      </button>
      <FormAlert>{failure}</FormAlert>
      {conflict && (
        <ConfirmDialog
          title={m.conflictTitle}
          confirmLabel={m.importAsCopy}
          onConfirm={() => {
            const { bytes, password: given } = conflict
            setConflict(null)
            void run(bytes, true, given)
          }}
          onCancel={() => setConflict(null)}
        >
          <p>{m.conflictBody}</p>
        </ConfirmDialog>
      )}
      {locked && (
        <ConfirmDialog
          title={m.importPasswordTitle}
          confirmLabel={m.open}
          onConfirm={() => {
            const bytes = locked
            setLocked(null)
            setPassword('')
            void run(bytes, false, password)
          }}
          onCancel={() => {
            setLocked(null)
            setPassword('')
          }}
        >
          <div className="field">
            <label htmlFor={passwordId}>{m.importPasswordLabel}</label>
            <input id={passwordId} type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="off" autoFocus />
          </div>
        </ConfirmDialog>
      )}
    </>
  )
}
