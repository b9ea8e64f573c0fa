import type { Translation } from '../../i18n/defineMessages'
import type { en } from './messages.en'

export const fr: Translation<typeof en> = {
  title: 'Contacts',
  intro: 'Les institutions et confrères avec qui vous traitez d’un dossier à l’autre : la CCF, les BCN, les juridictions, les co-conseils, les ONG.',
  newContact: 'Nouveau contact',
  empty: 'Aucun contact pour l’instant.',
  newTitle: 'Nouveau contact',
  editTitle: 'Modifier le contact',
  role: 'Rôle',
  name: 'Nom',
  organisation: 'Organisation',
  country: 'Pays',
  email: 'Adresse électronique',
  phone: 'Téléphone',
  notes: 'Notes',
  save: 'Enregistrer le contact',
  cancel: 'Annuler',
  edit: 'Modifier',
  delete: 'Supprimer',
  named: '{action} : {what}',
  deleteTitle: 'Supprimer le contact {name} ?',
  deleteBody: 'Le contact sera supprimé de cet appareil. Les dossiers ne sont pas touchés.',
  roles: {
    ccf: 'Commission de contrôle des fichiers de l’OIPC-INTERPOL (CCF)',
    ncb: 'Bureau central national',
    court: 'Juridiction',
    'co-counsel': 'Co-conseil',
    ngo: 'ONG',
    authority: 'Autorité',
    other: 'Autre'
  }
}
