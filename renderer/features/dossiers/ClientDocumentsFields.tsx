// Identity documents of the client: passports, ID cards, residence permits, travel documents.
import { CountrySelect, DateField, SelectField, TextField } from '../../src/ui/fields'
import { emptyIdDocument, type IdDocumentDraft } from './clientDraft'
import { focusSoon, type ClientSectionProps } from './clientFormParts'
import { dossierMessages as m, idDocumentKindLabels, optionsOf } from './messages'

export function ClientDocumentsFields({ draft, update, errors }: ClientSectionProps) {
  const change = (key: string, index: number, field: keyof Omit<IdDocumentDraft, 'key'>, value: string) =>
    update(
      'idDocuments',
      draft.idDocuments.map((d) => (d.key === key ? { ...d, [field]: value } : d)),
      `idDocuments.${index}.${field}`
    )
  const add = () => {
    update('idDocuments', [...draft.idDocuments, emptyIdDocument()])
    focusSoon(`client-idDocuments-${draft.idDocuments.length}-kind`)
  }

  const kindOptions = optionsOf(idDocumentKindLabels)
  return (
    <fieldset className="form-section">
      <legend>{m.sectionDocuments}</legend>
      {draft.idDocuments.length === 0 && <p className="muted">{m.noIdDocuments}</p>}
      {draft.idDocuments.map((doc, i) => {
        const id = (f: string) => `client-idDocuments-${i}-${f}`
        const err = (f: string) => errors[`idDocuments.${i}.${f}`]
        return (
          <fieldset className="subfieldset repeat-item" key={doc.key}>
            <legend>{m.idDocument(i + 1)}</legend>
            <div className="grid-3">
              <SelectField id={id('kind')} label={m.documentKind} value={doc.kind} options={kindOptions} onChange={(v) => change(doc.key, i, 'kind', v)} error={err('kind')} />
              <TextField id={id('number')} label={m.documentNumber} required value={doc.number} onChange={(v) => change(doc.key, i, 'number', v)} error={err('number')} />
              <CountrySelect id={id('issuingCountry')} label={m.issuingCountry} required value={doc.issuingCountry} onChange={(v) => change(doc.key, i, 'issuingCountry', v)} error={err('issuingCountry')} />
              <DateField id={id('issuedOn')} label={m.issuedOn} value={doc.issuedOn} onChange={(v) => change(doc.key, i, 'issuedOn', v)} error={err('issuedOn')} />
              <DateField id={id('expiresOn')} label={m.expiresOn} value={doc.expiresOn} onChange={(v) => change(doc.key, i, 'expiresOn', v)} error={err('expiresOn')} />
            </div>
            <button type="button" className="button button--quiet" onClick={() => update('idDocuments', draft.idDocuments.filter((d) => d.key !== doc.key))}>
              {m.removeIdDocument(i + 1)}
            </button>
          </fieldset>
        )
      })}
      <button type="button" className="button" onClick={add}>
        {m.addIdDocument}
      </button>
    </fieldset>
  )
}
