// The frame of the deadline pages: heading and the sub-navigation between dashboard, log, rule
// packs and CCF sessions.
import type { ReactNode } from 'react'
import { useNavigation, type Route } from '../../src/navigation'
import { PageHeading } from '../../src/ui/PageHeading'
import { deadlineMessages as m } from './messages'

export type DeadlinePage = Extract<Route['page'], 'deadlines' | 'deadline-log' | 'rule-packs' | 'ccf-sessions'>

/** Read at render time, so the labels follow a language switch. */
const tabs = (): ReadonlyArray<{ page: DeadlinePage; label: string }> => [
  { page: 'deadlines', label: m.dashboardTab },
  { page: 'deadline-log', label: m.logTab },
  { page: 'rule-packs', label: m.packsTab },
  { page: 'ccf-sessions', label: m.sessionsTab }
]

export function DeadlinesLayout({ current, title, actions, children }: { current: DeadlinePage; title: string; actions?: ReactNode; children: ReactNode }) {
  const { navigate } = useNavigation()
  return (
    <div className="page">
      <div className="page-title-row">
        <PageHeading>{title}</PageHeading>
        {actions}
      </div>
      <nav aria-label={m.subNav} className="subnav no-print">
        <ul>
          {tabs().map((tab) => (
            <li key={tab.page}>
              <button
                type="button"
                className={`subnav__link${tab.page === current ? ' subnav__link--current' : ''}`}
                aria-current={tab.page === current ? 'page' : undefined}
                onClick={() => navigate({ page: tab.page })}
              >
                {tab.label}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </div>
  )
}
