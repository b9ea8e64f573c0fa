// Settings → erase this vault from this device (issue 6, part 5). Typed confirmation only, no
// passphrase: a panic wipe must be quick, and whoever has the unlocked vault could read it anyway.
import { useId, useState } from 'react'
import { useVaultController } from '../../vault/vaultHooks'
import { ConfirmDialog } from '../../src/ui/ConfirmDialog'
import { settingsMessages as m } from './messages'

export function EraseVaultPanel() {
  const controller = useVaultController()
  const [asking, setAsking] = useState(false)
  const headingId = useId()
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{m.eraseTitle}</h2>
      <p className="muted">{m.eraseIntro}</p>
      <button type="button" className="button button--danger" onClick={() => setAsking(true)}>
        {m.eraseButton}
      </button>
      {asking && (
        <ConfirmDialog
          title={m.eraseDialogTitle}
          confirmLabel={m.eraseConfirm}
          danger
          typeToConfirm={{ description: m.eraseWord, accepted: [m.eraseWord] }}
          onCancel={() => setAsking(false)}
          // The controller shows the outcome (first run, or what went wrong); this page unmounts.
          onConfirm={() => void controller.wipe()}
        >
          <p>{m.eraseDialogBody}</p>
          <p>{m.eraseDialogBackup}</p>
        </ConfirmDialog>
      )}
    </section>
  )
}
