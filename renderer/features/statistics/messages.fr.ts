import type { Translation } from '../../i18n/defineMessages'
import type { en } from './messages.en'

export const fr: Translation<typeof en> = {
  title: 'Statistiques des résultats',
  intro:
    'Vos propres dossiers, comptés : affaires par pays requérant, type de donnée et résultat, et délai de décision de la Commission de contrôle des fichiers de l’OIPC-INTERPOL (CCF). Les chiffres exacts restent dans l’application ; seul le rapport anonymisé peut en sortir.',
  empty: 'Aucune affaire pour l’instant. Les statistiques apparaissent dès qu’un dossier contient une affaire.',
  summary: '{matters, plural, one {# affaire} other {# affaires}}, {requests, plural, one {# requête à la CCF} other {# requêtes à la CCF}}.',
  byCountryTitle: 'Affaires par pays requérant et par résultat',
  byCountryChart: 'Diagramme en barres des affaires par pays requérant, réparties par résultat. Le tableau ci-dessous donne les mêmes chiffres.',
  timingTitle: 'Délai de décision de la CCF au regard des délais du Statut',
  timingChart: 'Diagramme en barres des requêtes à la CCF par type, selon que la décision respecte ou non le délai du Statut. Le tableau ci-dessous donne les mêmes chiffres.',
  timingHowCounted:
    'Le délai court à compter du jour où la requête a été déclarée recevable : 4 mois pour l’accès (STAT Art. 40(1)), 9 mois pour la rectification/suppression (STAT Art. 40(2)) ; la CCF peut le prolonger (STAT Art. 40(3)). Si la recevabilité n’est pas enregistrée, les mois sont comptés depuis la réception, ce qui peut les majorer d’un mois au plus (STAT Art. 32(1)). Les demandes de révision sont exclues : le STAT Art. 42(3) applique le délai de la décision révisée, que la chronologie n’enregistre pas.',
  publishedFigures:
    'À titre de comparaison, des résumés de praticiens du rapport annuel 2023 de la CCF indiquent qu’environ 70 % des requêtes d’accès et 85 % des plaintes ont été tranchées dans les délais du Statut. Non confirmé : le rapport officiel lui-même n’a pas été lu.',
  medianMonths: 'Nombre médian de mois avant décision : {access} (accès, délai 4), {deletion} (rectification/suppression, délai 9).',
  noDecisionYet: 'aucune décision',
  kindsTitle: 'Affaires par type de donnée',
  requestTypesTitle: 'Requêtes à la CCF par type',
  columnCountry: 'Pays requérant',
  columnTotal: 'Total',
  columnKind: 'Type de donnée',
  columnRequestType: 'Type de requête',
  columnMatters: 'Affaires',
  columnRequests: 'Requêtes',
  kinds: { 'red-notice': 'Notice rouge', diffusion: 'Diffusion', sltd: 'Base SLTD (documents de voyage volés et perdus)', other: 'Autre donnée' },
  outcomes: { pending: 'En cours', deleted: 'Supprimée', corrected: 'Rectifiée', retained: 'Maintenue', implemented: 'Exécution confirmée' },
  requestTypes: { access: 'Accès', 'correction-deletion': 'Rectification/suppression', revision: 'Révision' },
  timedRequestTypes: { access: 'Accès (STAT Art. 40(1), 4 mois)', 'correction-deletion': 'Rectification/suppression (STAT Art. 40(2), 9 mois)' },
  timings: {
    within: 'Décidée dans le délai',
    extended: 'Décidée en retard, délai prolongé',
    over: 'Décidée en retard',
    pending: 'Pas encore décidée',
    'unknown-start': 'Point de départ non enregistré'
  },
  exportOpen: 'Exporter le rapport anonymisé…',
  exportTitle: 'Rapport anonymisé : ce qui sortira de l’application',
  exportIntro:
    'Voici exactement ce qui sera enregistré. Aucun client ni aucune affaire n’y est nommé, aucun numéro de dossier, de mandat ou de référence INTERPOL n’y figure, et aucune date plus précise que le mois. Les nombres inférieurs à 5 apparaissent comme « <5 », et lorsqu’un « <5 » pourrait être retrouvé à partir d’un total, un autre nombre est également masqué.',
  csvPreview: 'Fichier CSV : ses lignes telles qu’enregistrées',
  pdfPreview: 'Document PDF : son texte',
  saveCsv: 'Enregistrer le CSV',
  savePdf: 'Enregistrer le PDF',
  closePreview: 'Fermer l’aperçu',
  savedFile: '{fileName} enregistré.',
  saveCancelled: 'Enregistrement annulé. Rien n’a été enregistré.',
  saveFailed: 'Le fichier n’a pas pu être enregistré : {reason} Rien n’a été enregistré.',
  reportPrepared: 'Établi en {month}.',
  report: {
    title: 'Statistiques anonymisées des résultats',
    columnTable: 'Tableau',
    columnCategory: 'Catégorie',
    columnSubcategory: 'Sous-catégorie',
    columnCount: 'Nombre',
    summary: 'Synthèse',
    preparedMonth: 'Établi (mois)',
    matters: 'Affaires',
    requests: 'Requêtes à la CCF',
    tables: {
      countries: 'Affaires par pays requérant',
      kinds: 'Affaires par type de donnée',
      outcomes: 'Affaires par résultat',
      requestTypes: 'Requêtes à la CCF par type',
      timing: 'Délai de décision de la CCF au regard du délai du Statut'
    },
    withheld: 'masqué',
    notesHeading: 'Comment lire ce rapport',
    notes: {
      suppression: 'Les nombres inférieurs à 5 (zéro compris) apparaissent comme <5. Lorsqu’un <5 pourrait être retrouvé à partir d’un total, le plus petit autre nombre est également masqué.',
      months:
        'Délais : 4 mois pour l’accès (STAT Art. 40(1)), 9 mois pour la rectification/suppression (STAT Art. 40(2)), à compter du jour où la requête a été déclarée recevable, ou de la réception si la recevabilité n’a pas été enregistrée. « Décidée en retard, délai prolongé » : la CCF avait prolongé son délai (STAT Art. 40(3)).',
      scope: 'Les demandes de révision ne sont comptées que par type : leur délai suit celui de la décision révisée (STAT Art. 42(3)).',
      anonymity: 'Aucun nom, aucun numéro de dossier ou d’affaire, aucune date plus précise que le mois ne figure dans ce rapport.'
    }
  }
}
