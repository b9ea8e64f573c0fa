// All client dossiers, with instant search over names in any script, case numbers and countries.
import { useId, useState } from 'react'
import { useNavigation } from '../../src/navigation'
import { useSession } from '../../src/session'
import { PageHeading } from '../../src/ui/PageHeading'
import { ImportHandoverButton } from '../handover/ImportHandoverButton'
import { DossierListItem } from './DossierListItem'
import { dossierMessages as m } from './messages'

/** Rendering thousands of cards at once stalls typing; the search box narrows the list instead. */
const LIST_LIMIT = 200

export function DossierListPage() {
  const session = useSession()
  const { navigate } = useNavigation()
  const [query, setQuery] = useState('')
  const searchId = useId()
  const countId = useId()
  const all = session.dossiers()
  const searching = query.trim() !== ''
  const matches = searching ? session.search(query) : all
  const shown = matches.length > LIST_LIMIT ? matches.slice(0, LIST_LIMIT) : matches
  const newClient = () => navigate({ page: 'client-new' })

  if (all.length === 0) {
    return (
      <div className="page">
        <PageHeading>{m.listTitle}</PageHeading>
        <div className="empty-state">
          <p>{m.emptyVault}</p>
          <button type="button" className="button button--primary" onClick={newClient}>
            {m.newClient}
          </button>
          <ImportHandoverButton />
        </div>
      </div>
    )
  }

  return (
    <div className="page">
      <div className="page-title-row">
        <PageHeading>{m.listTitle}</PageHeading>
        <button type="button" className="button button--primary" onClick={newClient}>
          {m.newClient}
        </button>
        <ImportHandoverButton />
      </div>
      <search className="search">
        <label htmlFor={searchId}>{m.searchLabel}</label>
        <input
          id={searchId}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={m.searchPlaceholder}
          autoComplete="off"
          spellCheck={false}
          dir="auto"
          aria-describedby={countId}
          aria-controls={`${searchId}-results`}
        />
      </search>
      <p id={countId} className="search__count muted" role="status">
        {searching && matches.length === 0
          ? m.noMatch(query.trim())
          : shown.length < matches.length
            ? m.resultCountLimited(shown.length, matches.length)
            : m.resultCount(matches.length)}
      </p>
      {shown.length > 0 && (
        <ul className="dossier-list" id={`${searchId}-results`}>
          {shown.map((d) => (
            <DossierListItem key={d.id} dossier={d} onOpen={() => navigate({ page: 'dossier', dossierId: d.id })} />
          ))}
        </ul>
      )}
    </div>
  )
}
