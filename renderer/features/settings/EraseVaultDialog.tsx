// The typed-confirmation dialog that erases the vault from this device. Offered in Settings and on
// the unlock screen: at a border the lawyer may need to erase without unlocking first.
import { ConfirmDialog } from '../../src/ui/ConfirmDialog'
import { useVaultController } from '../../vault/vaultHooks'
import { settingsMessages as m } from './messages'

export function EraseVaultDialog({ onCancel }: { onCancel: () => void }) {
  const controller = useVaultController()
  return (
    <ConfirmDialog
      title={m.eraseDialogTitle}
      confirmLabel={m.eraseConfirm}
      danger
      // The English word is accepted in every language: a keyboard may lack the UI language's script.
      typeToConfirm={{ description: m.eraseWord, accepted: [m.eraseWord, 'ERASE'] }}
      onCancel={onCancel}
      // The controller shows the outcome (first run, or what went wrong); the calling screen unmounts.
      onConfirm={() => void controller.wipe()}
    >
      <p>{m.eraseDialogBody}</p>
      <p>{m.eraseDialogBackup}</p>
    </ConfirmDialog>
  )
}
