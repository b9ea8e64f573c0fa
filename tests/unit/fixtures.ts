// Scenario S1/S2 clients from ../shared/fixtures/scenarios.md, as valid dossiers.
import { Dossier, type Dossier as DossierT } from '@shared/domain'

const NOW = '2026-11-23T09:00:00.000Z'

export function gulsenDossier(id = '5b0c8f1e-2c4e-4f7a-9a55-3f1d2c1b0a01'): DossierT {
  const matterId = '7a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c01'
  return Dossier.parse({
    schemaVersion: 1,
    id,
    client: {
      id,
      legalName: 'Gülşen Yıldırım',
      latinName: 'Gulsen Yildirim',
      dateOfBirth: '1984-03-12',
      placeOfBirth: 'Kayseri',
      nationalities: ['TR'],
      protection: { kind: 'refugee', grantingCountry: 'DE', grantedOn: '2019-06-18', reference: '7712345-163' },
      createdAt: NOW,
      updatedAt: NOW
    },
    matters: [
      {
        id: matterId,
        clientId: id,
        kind: 'red-notice',
        requestingCountry: 'TR',
        ncb: 'NCB Ankara',
        offences: [{ description: 'Membership of an armed terrorist organisation', legalProvision: 'Turkish Penal Code art. 314(2)', maxPenaltyMonths: 180 }],
        warrant: { date: '2017-02-02', court: 'Istanbul 24th High Criminal Court', number: '2017/118' },
        stage: 'confirmed',
        createdAt: NOW,
        updatedAt: NOW
      }
    ],
    events: [
      { id: '9c8b7a6d-5e4f-4a3b-8c1d-0e9f8a7b6c01', matterId, type: 'border-stop', date: '2025-11-03', summary: 'Stopped at Athens airport, released after 6 hours', createdAt: NOW }
    ]
  })
}

export function yerlanDossier(id = '5b0c8f1e-2c4e-4f7a-9a55-3f1d2c1b0a02'): DossierT {
  return Dossier.parse({
    schemaVersion: 1,
    id,
    client: { id, legalName: 'Ерлан Жақсылықов', latinName: 'Yerlan Zhaksylykov', nationalities: ['KZ'], createdAt: NOW, updatedAt: NOW }
  })
}
