// The unlocked application: header with lock, navigation, and the current page. Everything that
// shows client data lives below this component, so locking (which unmounts it) removes it all.
import { useCallback, useEffect } from 'react'
import type { LockReason } from '../../vault/vaultController'
import { useVaultController } from '../../vault/vaultHooks'
import { useNavigation, type Route } from '../../src/navigation'
import { useSession } from '../../src/session'
import { ReminderBanner } from '../deadlines/ReminderBanner'
import { ScheduledBackupRunner } from '../settings/ScheduledBackupRunner'
import { CurrentPage } from './CurrentPage'
import { shellMessages as m } from './messages'
import { useIdleLock } from './useIdleLock'
import { isMacPlatform, useLockShortcut } from './useLockShortcut'
import { usePlatformLock } from './usePlatformLock'

interface Props {
  /** Tells the gate which auto-lock setting is in force, for the "Locked after N minutes" notice. */
  onAutoLockMinutes: (minutes: number) => void
}

// Labels are read at render time (a language switch must show at once), so the list keeps keys.
const NAV_ITEMS: ReadonlyArray<{ label: 'dossiers' | 'deadlines' | 'contacts' | 'precedents' | 'countryProfiles' | 'statistics' | 'settings'; route: Route; matches: ReadonlyArray<Route['page']> }> = [
  { label: 'dossiers', route: { page: 'dossiers' }, matches: ['dossiers', 'dossier', 'client-new', 'client-edit'] },
  { label: 'deadlines', route: { page: 'deadlines' }, matches: ['deadlines', 'deadline-log', 'rule-packs', 'ccf-sessions'] },
  { label: 'contacts', route: { page: 'contacts' }, matches: ['contacts'] },
  { label: 'precedents', route: { page: 'precedents' }, matches: ['precedents'] },
  { label: 'countryProfiles', route: { page: 'country-profiles' }, matches: ['country-profiles'] },
  { label: 'statistics', route: { page: 'statistics' }, matches: ['statistics'] },
  { label: 'settings', route: { page: 'settings' }, matches: ['settings'] }
]

export function AppShell({ onAutoLockMinutes }: Props) {
  const controller = useVaultController()
  const session = useSession()
  const { route, navigate } = useNavigation()
  const minutes = session.settings.autoLockMinutes
  const lock = useCallback((reason: LockReason) => controller.lock(reason), [controller])

  useEffect(() => onAutoLockMinutes(minutes), [minutes, onAutoLockMinutes])
  useIdleLock(minutes, () => lock('idle'))
  useLockShortcut(() => lock('shortcut'))
  usePlatformLock(minutes, lock)

  const shortcut = isMacPlatform() ? m.lockShortcutMac : m.lockShortcut
  const unreadable = session.unreadable.length

  return (
    <div className="shell">
      <a className="skip-link" href="#main-content">
        {m.skipToContent}
      </a>
      <header className="shell__header">
        <p className="shell__brand">
          <span className="brand-mark" aria-hidden="true" />
          {m.appName}
        </p>
        <nav aria-label={m.mainNav} className="shell__nav">
          <ul>
            {NAV_ITEMS.map((item) => {
              const current = item.matches.includes(route.page)
              return (
                <li key={item.label}>
                  <button
                    type="button"
                    className={`nav-link${current ? ' nav-link--current' : ''}`}
                    aria-current={current ? 'page' : undefined}
                    onClick={() => navigate(item.route)}
                  >
                    {m[item.label]}
                  </button>
                </li>
              )
            })}
          </ul>
        </nav>
        <button type="button" className="button button--lock" onClick={() => lock('manual')} title={m.lockTitle(shortcut)} aria-keyshortcuts="Control+Shift+L Meta+Shift+L">
          <span className="lock-icon" aria-hidden="true" />
          {m.lock}
          <kbd aria-hidden="true">{shortcut}</kbd>
        </button>
      </header>
      {unreadable > 0 && (
        <div className="banner banner--warning" role="alert">
          {m.unreadable(unreadable)}
        </div>
      )}
      <ReminderBanner />
      <ScheduledBackupRunner />
      <main id="main-content" className="shell__main" tabIndex={-1}>
        <CurrentPage route={route} />
      </main>
    </div>
  )
}
