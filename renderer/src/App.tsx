// The vault gate: which screen to show for the vault's phase. Only the unlocked branch can see
// client data; every other phase renders none, and a phase change unmounts the previous branch.
import { useCallback, useRef } from 'react'
import { useVaultPhase } from '../vault/vaultHooks'
import { useUiLocale } from '../i18n/uiLocale'
import { FirstRunScreen } from '../features/access/FirstRunScreen'
import { FailedScreen, OpeningScreen } from '../features/access/StatusScreens'
import { UnlockScreen } from '../features/access/UnlockScreen'
import { AppShell } from '../features/shell/AppShell'
import { NavigationProvider } from './navigation'
import { SessionProvider } from './session'

export function App() {
  const phase = useVaultPhase()
  // Subscribing here re-renders the whole tree (state kept) when the lawyer switches language.
  useUiLocale()
  // A number, not client data: kept across the lock so the locked screen can say why it locked.
  const autoLockMinutes = useRef<number | undefined>(undefined)
  const rememberAutoLock = useCallback((minutes: number) => {
    autoLockMinutes.current = minutes
  }, [])

  switch (phase.phase) {
    case 'opening':
      return <OpeningScreen />
    case 'failed':
      return <FailedScreen message={phase.message} />
    case 'first-run':
      return <FirstRunScreen />
    case 'locked':
      return <UnlockScreen reason={phase.reason} idleMinutes={autoLockMinutes.current} />
    case 'unlocked':
      return (
        <SessionProvider session={phase.session} key="unlocked">
          <NavigationProvider>
            <AppShell onAutoLockMinutes={rememberAutoLock} />
          </NavigationProvider>
        </SessionProvider>
      )
  }
}
