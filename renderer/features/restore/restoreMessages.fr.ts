import type { Translation } from '../../i18n/defineMessages'
import type { en } from './restoreMessages.en'

export const fr: Translation<typeof en> = {
  panelTitle: 'Restaurer depuis une sauvegarde',
  panelIntro:
    'Ramène dans ce coffre les dossiers, brouillons, délais et pièces d’un fichier .redress-backup. Le fichier entier est d’abord vérifié et vous voyez ce qui changerait ; rien n’est supprimé de ce coffre et, en cas d’échec, rien n’est restauré.',
  openForm: 'Restaurer depuis une sauvegarde…',
  closeForm: 'Fermer',
  file: 'Fichier de sauvegarde',
  fileHint: 'Un fichier se terminant par .redress-backup, par exemple sur votre clé USB chiffrée.',
  passphrase: 'Phrase secrète de la sauvegarde',
  passphraseHint: 'La phrase secrète choisie lors de la sauvegarde (il peut s’agir de celle de votre coffre).',
  check: 'Vérifier la sauvegarde',
  checkAgain: 'Vérifier à nouveau',
  cancel: 'Annuler',
  steps: {
    opening: 'Ouverture de la sauvegarde',
    checking: 'Vérification de la sauvegarde',
    writing: 'Restauration',
    finishing: 'Finalisation'
  },
  progress:
    '{step, select, opening {Ouverture de la sauvegarde} checking {Vérification de la sauvegarde} writing {Restauration} other {Finalisation}}… {readMb} Mo lus sur {totalMb} Mo',
  checkCancelled: 'La vérification a été annulée. Rien n’a été restauré ; votre coffre est inchangé.',
  restoreCancelled: 'La restauration a été annulée. Rien n’a été restauré ; votre coffre est inchangé.',
  unexpected: 'Une erreur inattendue s’est produite. Rien n’a été restauré ; votre coffre est inchangé. Réessayez ; en cas de nouvel échec, redémarrez Redress.',
  previewTitle: 'Ce que cette sauvegarde restaurerait',
  madeOn: 'Sauvegarde faite le {when}.',
  summary:
    'Elle contient {records, plural, one {# enregistrement} other {# enregistrements}} et {files, plural, one {# fichier de pièce} other {# fichiers de pièces}} pour {size}. Chacune de ses parties a été vérifiée et est intacte.',
  policyLegend: 'Lorsque la sauvegarde et ce coffre ont tous deux un enregistrement',
  policies: {
    'newer-wins': {
      label: 'Le plus récent l’emporte — recommandé',
      hint: 'La copie modifiée le plus récemment est conservée ; les enregistrements sans date restent tels qu’ils sont dans ce coffre.'
    },
    'backup-wins': { label: 'La sauvegarde l’emporte', hint: 'Chaque enregistrement de la sauvegarde remplace celui de ce coffre.' },
    'keep-mine': {
      label: 'Garder les miens — n’ajouter que ce qui manque',
      hint: 'Rien n’est modifié dans ce coffre ; seuls les enregistrements qu’il n’a pas sont ajoutés.'
    }
  },
  unchanged: 'Avec ce choix, ce coffre contient déjà tout ce que contient cette sauvegarde : la restauration ne changerait rien.',
  restore: 'Restaurer…',
  confirmTitle: 'Restaurer depuis cette sauvegarde ?',
  confirmAdds: '{n, plural, one {# enregistrement sera ajouté.} other {# enregistrements seront ajoutés.}}',
  confirmUpdates:
    '{n, plural, one {# enregistrement de ce coffre sera remplacé par la copie de la sauvegarde.} other {# enregistrements de ce coffre seront remplacés par la copie de la sauvegarde.}}',
  confirmKeeps: '{n, plural, one {# enregistrement reste tel quel.} other {# enregistrements restent tels quels.}}',
  confirmNothingDeleted: 'Rien n’est supprimé : les enregistrements qui ne sont que dans ce coffre restent. En cas d’échec, rien n’est restauré.',
  confirm: 'Restaurer',
  restored:
    'Restauration faite : {added} ajoutés, {updated} mis à jour, {kept} conservés, {files, plural, one {# fichier de pièce écrit} other {# fichiers de pièces écrits}}.',

  firstRunEntry: 'Restaurer plutôt depuis une sauvegarde…',
  newVaultTitle: 'Restaurer un coffre depuis une sauvegarde',
  newVaultIntro:
    'Choisissez votre fichier .redress-backup et sa phrase secrète. Redress vérifie d’abord le fichier entier ; vous choisissez ensuite la phrase secrète du coffre sur cet appareil.',
  back: 'Retour',
  newVaultPassphraseTitle: 'Phrase secrète de ce coffre',
  useBackupPassphrase: 'Utiliser la phrase secrète de la sauvegarde pour ce coffre',
  newVaultPassphrase: 'Phrase secrète du coffre',
  newVaultConfirmation: 'Répétez la phrase secrète du coffre',
  restoreNewVault: 'Restaurer',
  restoringNewVault: 'Restauration de votre coffre…'
}
