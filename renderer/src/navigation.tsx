// In-memory page navigation. Nothing goes into the URL or browser history: a reload always lands on
// the locked screen, and no dossier id lingers where another program could read it.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { ConfirmDialog } from './ui/ConfirmDialog'
import { uiMessages } from './ui/messages'

export type Route =
  | { page: 'dossiers' }
  | { page: 'dossier'; dossierId: string }
  | { page: 'client-new' }
  | { page: 'client-edit'; dossierId: string }
  | { page: 'contacts' }
  | { page: 'settings' }
  | { page: 'deadlines' }
  | { page: 'deadline-log' }
  | { page: 'rule-packs' }
  | { page: 'ccf-sessions' }
  | { page: 'petition-start'; dossierId: string; matterId: string }
  | { page: 'petition'; draftId: string }
  | { page: 'bundle'; dossierId: string; matterId: string }
  | { page: 'precedents' }
  | { page: 'country-profiles'; country?: string }
  | { page: 'statistics' }

interface Navigation {
  route: Route
  /** Goes to a page, asking first if a form on the current page has unsaved changes. */
  navigate: (to: Route) => void
  /** Goes to a page without asking (after a successful save). */
  replace: (to: Route) => void
  registerDirty: (id: symbol, dirty: boolean) => void
}

const NavigationContext = createContext<Navigation | null>(null)

export function NavigationProvider({ children, initial = { page: 'dossiers' } }: { children: ReactNode; initial?: Route }) {
  const [route, setRoute] = useState<Route>(initial)
  const [pending, setPending] = useState<Route | null>(null)
  const dirtyForms = useRef(new Set<symbol>())

  const registerDirty = useCallback((id: symbol, dirty: boolean) => {
    if (dirty) dirtyForms.current.add(id)
    else dirtyForms.current.delete(id)
  }, [])
  const navigate = useCallback((to: Route) => {
    if (dirtyForms.current.size > 0) setPending(to)
    else setRoute(to)
  }, [])
  const replace = useCallback((to: Route) => {
    dirtyForms.current.clear()
    setRoute(to)
  }, [])

  const value = useMemo(() => ({ route, navigate, replace, registerDirty }), [route, navigate, replace, registerDirty])
  return (
    <NavigationContext.Provider value={value}>
      {children}
      {pending && (
        <ConfirmDialog
          title={uiMessages.unsavedTitle}
          confirmLabel={uiMessages.unsavedLeave}
          cancelLabel={uiMessages.unsavedStay}
          danger
          onCancel={() => setPending(null)}
          onConfirm={() => {
            dirtyForms.current.clear()
            setRoute(pending)
            setPending(null)
          }}
        >
          <p>{uiMessages.unsavedBody}</p>
        </ConfirmDialog>
      )}
    </NavigationContext.Provider>
  )
}

export function useNavigation(): Navigation {
  const nav = useContext(NavigationContext)
  if (!nav) throw new Error('useNavigation must be used inside <NavigationProvider>.')
  return nav
}

/** Marks the calling form as having unsaved changes: in-app navigation asks, and so does closing the page. */
export function useUnsavedChanges(dirty: boolean): void {
  const { registerDirty } = useNavigation()
  const id = useRef(Symbol('form')).current
  useEffect(() => {
    registerDirty(id, dirty)
    return () => registerDirty(id, false)
  }, [id, dirty, registerDirty])
  useEffect(() => {
    if (!dirty) return
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault()
      e.returnValue = '' // some engines still want this to show the prompt
    }
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [dirty])
}
