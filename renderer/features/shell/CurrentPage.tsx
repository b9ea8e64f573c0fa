// Route → page component.
import type { Route } from '../../src/navigation'
import { ContactsPage } from '../contacts/ContactsPage'
import { CcfSessionsPage } from '../deadlines/CcfSessionsPage'
import { DeadlineLogPage } from '../deadlines/DeadlineLogPage'
import { DeadlinesPage } from '../deadlines/DeadlinesPage'
import { RulePacksPage } from '../deadlines/RulePacksPage'
import { ClientFormPage } from '../dossiers/ClientFormPage'
import { DossierListPage } from '../dossiers/DossierListPage'
import { DossierPage } from '../dossiers/DossierPage'
import { BundlePage } from '../exhibits/BundlePage'
import { CountryProfilesPage } from '../countryProfiles/CountryProfilesPage'
import { OutcomeStatisticsPage } from '../statistics/OutcomeStatisticsPage'
import { PrecedentsPage } from '../precedents/PrecedentsPage'
import { PetitionStartPage } from '../petitions/PetitionStartPage'
import { PetitionWizardPage } from '../petitions/PetitionWizardPage'
import { SettingsPage } from '../settings/SettingsPage'

export function CurrentPage({ route }: { route: Route }) {
  switch (route.page) {
    case 'dossiers':
      return <DossierListPage />
    case 'dossier':
      return <DossierPage key={route.dossierId} dossierId={route.dossierId} />
    case 'client-new':
      return <ClientFormPage key="new" />
    case 'client-edit':
      return <ClientFormPage key={route.dossierId} dossierId={route.dossierId} />
    case 'contacts':
      return <ContactsPage />
    case 'settings':
      return <SettingsPage />
    case 'deadlines':
      return <DeadlinesPage />
    case 'deadline-log':
      return <DeadlineLogPage />
    case 'rule-packs':
      return <RulePacksPage />
    case 'ccf-sessions':
      return <CcfSessionsPage />
    case 'petition-start':
      return <PetitionStartPage key={`${route.dossierId}/${route.matterId}`} dossierId={route.dossierId} matterId={route.matterId} />
    case 'petition':
      return <PetitionWizardPage key={route.draftId} draftId={route.draftId} />
    case 'bundle':
      return <BundlePage key={`${route.dossierId}/${route.matterId}`} dossierId={route.dossierId} matterId={route.matterId} />
    case 'precedents':
      return <PrecedentsPage />
    case 'country-profiles':
      return <CountryProfilesPage key={route.country ?? ''} country={route.country} />
    case 'statistics':
      return <OutcomeStatisticsPage />
  }
}
