// The client's particulars at the top of the dossier page.
import type { Client } from '@shared/domain'
import { countryName, languageName } from '../../src/ui/countries'
import { Fact } from './MattersSection'
import { dossierMessages as m, idDocumentKindLabels, protectionKindLabels } from './messages'

export function ClientSummary({ client }: { client: Client }) {
  const birth = m.birthLine(client.dateOfBirth, client.placeOfBirth)
  const p = client.protection
  const protection =
    p.kind === 'none' ? '' : m.protectionLine(protectionKindLabels[p.kind], p.grantingCountry && countryName(p.grantingCountry), p.grantedOn, p.reference)
  const contact = [client.contact.email, client.contact.phone, client.contact.secureChannel].filter(Boolean).join(' · ')
  return (
    <section className="panel" aria-labelledby="client-heading">
      <h2 id="client-heading">{m.summaryTitle}</h2>
      <dl className="facts facts--columns">
        <Fact term={m.born} value={birth || m.notRecorded} />
        <Fact term={m.nationalities} value={client.nationalities.map(countryName).join(m.listSeparator) || m.notRecorded} />
        {client.aliases.length > 0 && <Fact term={m.aliases} value={client.aliases.join(m.listSeparator)} />}
        {client.preferredLanguage && <Fact term={m.preferredLanguage} value={languageName(client.preferredLanguage) ?? client.preferredLanguage} />}
        {protection && <Fact term={m.sectionProtection} value={protection} />}
        {client.idDocuments.map((d, i) => (
          <Fact
            key={i}
            term={idDocumentKindLabels[d.kind]}
            value={m.idDocumentLine(d.number, countryName(d.issuingCountry), d.expiresOn)}
          />
        ))}
        {contact && <Fact term={m.sectionContact} value={contact} />}
        {client.contact.address && <Fact term={m.address} value={client.contact.address} />}
      </dl>
    </section>
  )
}
