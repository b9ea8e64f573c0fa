import type { Translation } from '../../i18n/defineMessages'
import type { en } from './messages.en'

export const fr: Translation<typeof en> = {
  title: 'Pays requérants',
  intro: 'Pour chaque pays requérant : ce que montrent vos propres dossiers, et les rapports publics que vous avez consignés à son sujet.',
  contextNote: 'Contexte tiré de vos propres dossiers et des rapports que vous avez consignés — pas une appréciation de cette affaire.',
  profileNote: 'Contexte tiré de vos propres dossiers et des rapports que vous avez consignés — pas une appréciation d’une affaire.',
  countriesHeading: 'Pays présents dans vos dossiers',
  countriesEmpty: 'Aucun pays pour l’instant. Un pays apparaît ici dès qu’une affaire le désigne comme pays requérant, ou dès que vous consignez un rapport à son sujet.',
  countryCounts: '{matters, plural, one {# affaire} many {# affaires} other {# affaires}} · {concerns, plural, one {# rapport} many {# rapports} other {# rapports}}',
  openProfile: 'Ouvrir le profil : {country}',
  otherCountryLabel: 'Consigner un rapport sur un autre pays',
  otherCountryOpen: 'Ouvrir',
  allCountries: 'Tous les pays',
  caseloadHeading: 'Vos propres dossiers',
  caseloadMatters: '{n, plural, one {# affaire de vos dossiers désigne} many {# affaires de vos dossiers désignent} other {# affaires de vos dossiers désignent}} ce pays comme pays requérant.',
  caseloadNone: 'Aucune de vos affaires ne désigne ce pays comme pays requérant.',
  byOutcomeHeading: 'Ce qu’elles sont devenues',
  byKindHeading: 'Type de données INTERPOL',
  outcomes: {
    pending: 'En cours',
    deleted: 'Effacées',
    corrected: 'Rectifiées',
    retained: 'Maintenues',
    implemented: 'Effacement ou rectification mis en œuvre'
  },
  kinds: {
    'red-notice': 'Notice rouge',
    diffusion: 'Diffusion',
    sltd: 'Base SLTD',
    other: 'Autre'
  },
  ccfTimeHeading: 'Délai de décision de la CCF',
  ccfTimeNone: 'Aucune décision de la CCF avec une date consignée dans ces affaires pour l’instant.',
  ccfTimeMonths:
    'Mois entiers entre la recevabilité et la décision, sur {n, plural, one {# requête tranchée} many {# requêtes tranchées} other {# requêtes tranchées}} : médiane {median}, minimum {min}, maximum {max}.',
  ccfWithinLimit: 'Tranchées dans le délai statutaire (STAT Art. 40(1) accès : 4 mois ; Art. 40(2) rectification ou effacement : 9 mois) : {within} sur {total}.',
  ccfExtended: 'Délai prolongé par la CCF (STAT Art. 40(3)) : {n}.',
  ccfFromReceipt:
    '{n, plural, one {# requête est comptée} many {# requêtes sont comptées} other {# requêtes sont comptées}} depuis la réception, faute de date de recevabilité consignée ; le délai peut ainsi être surestimé d’un mois au plus.',
  concernsHeading: 'Préoccupations publiques que vous avez consignées',
  concernsNone: 'Aucun rapport consigné sur ce pays.',
  addConcern: 'Consigner un rapport',
  edit: 'Modifier',
  delete: 'Supprimer',
  actionOn: '{action} : {title}',
  newConcernTitle: 'Consigner un rapport',
  editConcernTitle: 'Modifier le rapport',
  fields: {
    reportTitle: 'Titre du rapport',
    publisher: 'Éditeur ou auteur',
    date: 'Date du rapport',
    link: 'Lien',
    whatItSays: 'Ce qu’il dit'
  },
  hints: {
    date: 'aaaa-mm-jj, ou aaaa-mm si seul le mois est connu',
    link: 'L’adresse https:// du rapport. Redress la conserve comme texte et ne l’ouvre jamais.',
    whatItSays: 'Votre propre résumé de ce que le rapport dit de ce pays.'
  },
  errors: {
    required: 'Ce champ est obligatoire.',
    dateForm: 'Utilisez la forme aaaa-mm-jj ou aaaa-mm, p. ex. 2024-05-16 ou 2024-05.',
    dateImpossible: 'Cette date n’existe pas dans le calendrier.',
    link: 'Le lien doit être une adresse web complète commençant par https://, p. ex. https://www.example.org/rapport. Copiez-la depuis la barre d’adresse du rapport.',
    other: 'Cette valeur ne peut pas être enregistrée. Vérifiez-la et réessayez.'
  },
  tooLong: '{max} caractères au plus.',
  formHasErrors: '{n, plural, one {# champ demande votre attention. Il est signalé ci-dessous.} many {# champs demandent votre attention. Ils sont signalés ci-dessous.} other {# champs demandent votre attention. Ils sont signalés ci-dessous.}}',
  saveFailed: 'L’enregistrement a échoué. Rien n’a été modifié. Réessayez ; si le problème persiste, redémarrez Redress.',
  save: 'Enregistrer le rapport',
  cancel: 'Annuler',
  deleteTitle: 'Supprimer ce rapport ?',
  deleteBody: '« {title} » sera retiré du profil : {country}. Aucune affaire n’est modifiée.',
  linkLabel: 'Lien',
  publishedBy: 'Publié par',
  reportDate: 'Date',
  panelHeading: 'Contexte du pays requérant : {country}',
  panelMatters: 'Vos dossiers : {n, plural, one {# affaire} many {# affaires} other {# affaires}} de ce pays.',
  panelOutcomes: 'Issues',
  panelCcfTime: 'Délai de décision de la CCF, en mois entiers : médiane {median}, sur {n, plural, one {# requête tranchée} many {# requêtes tranchées} other {# requêtes tranchées}} ; {within} sur {total} dans le délai statutaire.',
  panelConcerns: 'Rapports que vous avez consignés',
  panelNoConcerns: 'Aucun rapport consigné sur ce pays.',
  panelMoreConcerns: '{n, plural, one {# autre rapport dans le profil.} many {# autres rapports dans le profil.} other {# autres rapports dans le profil.}}',
  panelOpenProfile: 'Ouvrir le profil : {country}'
}
