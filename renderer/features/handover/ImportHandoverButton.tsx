// "Import a hand-over…": reads a package, checks it completely, and adds the client to this vault.
import { useState } from 'react'
import { HandoverError } from '@shared/handover'
import { getPlatform } from '../../platform/platform'
import { HandoverConflictError, importHandover } from '../../handover/importHandover'
import { useNavigation } from '../../src/navigation'
import { useSession } from '../../src/session'
import { ConfirmDialog } from '../../src/ui/ConfirmDialog'
import { FormAlert } from '../../src/ui/fields'
import { handoverMessages as m } from './handoverMessages'

export function ImportHandoverButton() {
  const session = useSession()
  const { navigate } = useNavigation()
  const [conflict, setConflict] = useState<Uint8Array | null>(null)
  const [failure, setFailure] = useState<string | null>(null)

  const run = async (bytes: Uint8Array, asCopy: boolean) => {
    setFailure(null)
    try {
      const result = await importHandover(session, bytes, { asCopy })
      navigate({ page: 'dossier', dossierId: result.dossierId })
    } catch (e) {
      if (e instanceof HandoverConflictError) setConflict(bytes)
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
            const bytes = conflict
            setConflict(null)
            void run(bytes, true)
          }}
          onCancel={() => setConflict(null)}
        >
          <p>{m.conflictBody}</p>
        </ConfirmDialog>
      )}
    </>
  )
}
