// Settings: language, automatic lock, what deadlines may carry out of the vault, passphrase, lock now, erase.
import { useId } from 'react'
import { useVaultController } from '../../vault/vaultHooks'
import { PageHeading } from '../../src/ui/PageHeading'
import { AutoLockForm } from './AutoLockForm'
import { BackupPanel } from './BackupPanel'
import { BackupSchedulePanel } from './BackupSchedulePanel'
import { ChangePassphraseForm } from './ChangePassphraseForm'
import { DeadlineSettingsForm } from './DeadlineSettingsForm'
import { EraseVaultPanel } from './EraseVaultPanel'
import { LanguageForm } from './LanguageForm'
import { RestorePanel } from '../restore/RestorePanel'
import { isMacPlatform } from '../shell/useLockShortcut'
import { shellMessages } from '../shell/messages'
import { settingsMessages as m } from './messages'

export function SettingsPage() {
  const controller = useVaultController()
  const lockId = useId()
  return (
    <div className="page page--narrow">
      <PageHeading>{m.title}</PageHeading>
      <LanguageForm />
      <AutoLockForm />
      <DeadlineSettingsForm />
      <ChangePassphraseForm />
      <BackupPanel />
      <BackupSchedulePanel />
      <RestorePanel />
      <section className="panel" aria-labelledby={lockId}>
        <h2 id={lockId}>{m.lockTitle}</h2>
        <p className="muted">{m.lockIntro}</p>
        <p className="muted">{m.panicLock(isMacPlatform() ? shellMessages.lockShortcutMac : shellMessages.lockShortcut)}</p>
        <button type="button" className="button" onClick={() => controller.lock('manual')}>
          {m.lockNow}
        </button>
      </section>
      <EraseVaultPanel />
    </div>
  )
}
