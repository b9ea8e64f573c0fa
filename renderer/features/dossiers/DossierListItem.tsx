// One row of the dossier list: the client's name as written and in Latin letters, nationalities,
// and the matters (count and requesting countries).
import type { Dossier } from '@shared/domain'
import { countryName } from '../../src/ui/countries'
import { dossierMessages as m } from './messages'

export function DossierListItem({ dossier, onOpen }: { dossier: Dossier; onOpen: () => void }) {
  const { client, matters } = dossier
  const requesting = [...new Set(matters.map((x) => x.requestingCountry))].map(countryName)
  return (
    <li className="dossier-card">
      <button type="button" className="dossier-card__open" onClick={onOpen}>
        <span className="dossier-card__name" dir="auto">
          {client.legalName}
        </span>
        {client.latinName && client.latinName !== client.legalName && (
          <span className="dossier-card__latin" dir="auto">
            {client.latinName}
          </span>
        )}
      </button>
      <dl className="dossier-card__facts">
        <div>
          <dt>{m.nationality}</dt>
          <dd>{client.nationalities.length ? client.nationalities.map(countryName).join(m.listSeparator) : '—'}</dd>
        </div>
        <div>
          <dt>{m.mattersTitle}</dt>
          <dd>{matters.length ? m.matterCount(matters.length) : m.noMatters}</dd>
        </div>
        <div>
          <dt>{m.requestedBy}</dt>
          <dd>{requesting.length ? requesting.join(m.listSeparator) : '—'}</dd>
        </div>
      </dl>
    </li>
  )
}
