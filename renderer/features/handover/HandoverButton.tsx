// "Hand over…": builds the package for a client (or one matter) and saves it, after the lawyer has
// read and confirmed that the file will not be encrypted.
import { useId, useState } from 'react'
import { HandoverError } from '@shared/handover'
import { getPlatform } from '../../platform/platform'
import { gatherHandover } from '../../handover/gatherHandover'
import { ExhibitReadError } from '../../vault/exhibitShelf'
import { useSession } from '../../src/session'
import { ConfirmDialog } from '../../src/ui/ConfirmDialog'
import { FormAlert } from '../../src/ui/fields'
import { handoverMessages as m } from './handoverMessages'
import { format } from 'date-fns'
import { matterReference } from '@shared/domain'

export function HandoverButton({ dossierId, matterId }: { dossierId: string; matterId?: string }) {
  const session = useSession()
  const [asking, setAsking] = useState(false)
  const [password, setPassword] = useState('')
  const passwordId = useId()
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null)

  const save = async () => {
    if (password !== '' && password.length < 8) {
      setStatus({ kind: 'error', text: m.passwordTooShort })
      return
    }
    setAsking(false)
    setPassword('')
    setStatus(null)
    try {
      const bytes = await gatherHandover(session, dossierId, matterId, password || undefined)
      // No client name in the file name: it is readable on any disk or USB stick, even when the zip is encrypted.
      const matter = matterId ? session.getDossier(dossierId)?.matters.find((x) => x.id === matterId) : undefined
      const name = `Redress hand-over ${format(new Date(), 'yyyy-MM-dd')}${matter ? ` ${matterReference(matter)}` : ''}.zip`
      const result = await getPlatform().saveFile({ suggestedName: name, bytes, mimeType: 'application/zip', filters: [{ name: 'Hand-over package', extensions: ['zip'] }] })
      if (result.saved) setStatus({ kind: 'ok', text: m.saved(result.fileName ?? name) })
    } catch (e) {
      setStatus({ kind: 'error', text: e instanceof HandoverError || e instanceof ExhibitReadError ? e.message : m.exportFailed })
    }
  }

  return (
    <>
      <button type="button" className="button" onClick={() => setAsking(true)}>
        {matterId ? m.handOverMatter : m.handOverClient}
      </button>
      {!asking && <FormAlert>{status?.kind === 'error' ? status.text : null}</FormAlert>}
      {status?.kind === 'ok' && (
        <p role="status" className="muted">
          {status.text}
        </p>
      )}
      {asking && (
        <ConfirmDialog
          title={matterId ? m.dialogTitleMatter : m.dialogTitle}
          confirmLabel={password ? m.confirmEncrypted : m.confirmUnencrypted}
          onConfirm={() => void save()}
          onCancel={() => {
            setAsking(false)
            setPassword('')
          }}
        >
          <div className="field">
            <label htmlFor={passwordId}>{m.passwordLabel}</label>
            <input id={passwordId} type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="new-password" />
            <p className="muted">{m.passwordHint}</p>
          </div>
          {password === '' ? <p role="alert">{m.unencryptedWarning}</p> : null}
          <FormAlert>{status?.kind === 'error' ? status.text : null}</FormAlert>
        </ConfirmDialog>
      )}
    </>
  )
}
