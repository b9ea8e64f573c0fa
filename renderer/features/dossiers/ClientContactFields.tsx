// How to reach the client, and the protection status (refugee, asylum…) that grounds some requests.
import { CountrySelect, DateField, SelectField, TextAreaField, TextField } from '../../src/ui/fields'
import type { ClientSectionProps } from './clientFormParts'
import { dossierMessages as m, optionsOf, protectionKindLabels } from './messages'

export function ClientContactFields({ draft, update, errors }: ClientSectionProps) {
  return (
    <fieldset className="form-section">
      <legend>{m.sectionContact}</legend>
      <div className="grid-2">
        <TextField id="client-contact-email" type="email" label={m.email} value={draft.email} onChange={(v) => update('email', v, 'contact.email')} error={errors['contact.email']} />
        <TextField id="client-contact-phone" type="tel" label={m.phone} value={draft.phone} onChange={(v) => update('phone', v, 'contact.phone')} error={errors['contact.phone']} />
        <TextAreaField id="client-contact-address" label={m.address} value={draft.address} onChange={(v) => update('address', v, 'contact.address')} error={errors['contact.address']} />
        <TextField
          id="client-contact-secureChannel"
          label={m.secureChannel}
          hint={m.secureChannelHint}
          value={draft.secureChannel}
          onChange={(v) => update('secureChannel', v, 'contact.secureChannel')}
          error={errors['contact.secureChannel']}
        />
      </div>
    </fieldset>
  )
}

export function ClientProtectionFields({ draft, update, errors }: ClientSectionProps) {
  return (
    <fieldset className="form-section">
      <legend>{m.sectionProtection}</legend>
      <div className="grid-2">
        <SelectField
          id="client-protection-kind"
          label={m.protectionKind}
          value={draft.protectionKind}
          options={optionsOf(protectionKindLabels)}
          onChange={(v) => update('protectionKind', v as typeof draft.protectionKind, 'protection.kind')}
          error={errors['protection.kind']}
        />
        {draft.protectionKind !== 'none' && (
          <CountrySelect
            id="client-protection-grantingCountry"
            label={m.grantingCountry}
            value={draft.grantingCountry}
            onChange={(v) => update('grantingCountry', v, 'protection.grantingCountry')}
            error={errors['protection.grantingCountry']}
          />
        )}
      </div>
      {draft.protectionKind !== 'none' && (
        <div className="grid-2">
          <DateField id="client-protection-grantedOn" label={m.grantedOn} value={draft.grantedOn} onChange={(v) => update('grantedOn', v, 'protection.grantedOn')} error={errors['protection.grantedOn']} />
          <TextField
            id="client-protection-reference"
            label={m.protectionReference}
            value={draft.protectionReference}
            onChange={(v) => update('protectionReference', v, 'protection.reference')}
            error={errors['protection.reference']}
          />
        </div>
      )}
    </fieldset>
  )
}
