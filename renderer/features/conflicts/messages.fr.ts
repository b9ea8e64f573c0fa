import type { Translation } from '../../i18n/defineMessages'
import type { en } from './messages.en'

export const fr: Translation<typeof en> = {
  title: 'Conflits possibles',
  titleWithCount: 'Conflits possibles ({n, plural, one {# fiche} other {# fiches}})',
  intro:
    'Ces fiches existantes portent le même nom ou un nom proche. Vérifiez qu’il ne s’agit pas de la même personne, ni d’une partie adverse dans une affaire, avant d’ouvrir le dossier.',
  mustCheck: 'Vérifiez les conflits possibles ci-dessous avant de créer ce client.',
  client: 'Client',
  contactWithRole: 'Contact ({role})',
  matched: '« {typedField} : {typed} » correspond à {field} « {stored} »',
  reasons: 'Motif : {reasons}',
  reasonSeparator: ' ; ',
  openDossier: 'Ouvrir le dossier',
  openDossierOf: 'Ouvrir le dossier de {name}',
  openContacts: 'Ouvrir les contacts',
  createAnyway: 'Ce n’est pas la même personne — créer quand même',
  confirmed: 'Vous avez confirmé qu’aucune de ces fiches ne concerne la même personne.',
  privacy: 'Vérification limitée aux fiches de ce coffre ; rien ne quitte l’application.',
  strengths: {
    exact: 'Même nom',
    strong: 'Forte correspondance',
    possible: 'Correspondance possible'
  },
  storedFields: {
    'legal-name': 'le nom légal',
    'latin-name': 'la translittération latine',
    alias: 'l’alias',
    'contact-name': 'le contact'
  },
  typedFields: {
    'legal-name': 'Nom légal',
    'latin-name': 'Translittération latine',
    alias: 'Alias'
  },
  reasonLabels: {
    alias: 'alias',
    'same-spelling': 'même graphie (sans tenir compte des majuscules et des accents)',
    'other-script': 'même nom dans une autre écriture',
    'other-romanisation': 'autre romanisation du même nom',
    'similar-spelling': 'graphie proche',
    'consonants-only': 'mêmes consonnes en écriture arabe (voyelles non écrites)',
    initial: 'une initiale correspond à un nom',
    'word-order': 'noms dans un autre ordre',
    'missing-name': 'un nom absent d’un côté (p. ex. un deuxième prénom)',
    'one-word': 'un seul nom à comparer'
  }
}
