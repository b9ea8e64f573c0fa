import type { Translation } from '../../i18n/defineMessages'
import type { en } from './messages.en'

export const fr: Translation<typeof en> = {
  requiredMark: 'obligatoire',
  dateHint: 'Format : aaaa-mm-jj, p. ex. 1984-03-12',
  datePlaceholder: 'aaaa-mm-jj',
  chooseCountry: 'Choisissez un pays…',
  noCountry: '— Inconnu —',
  remove: 'Retirer',
  cancel: 'Annuler',
  confirm: 'Confirmer',
  delete: 'Supprimer',
  formHasErrors:
    '{n, plural, one {Un champ est à vérifier. Il est signalé ci-dessous.} other {# champs sont à vérifier. Ils sont signalés ci-dessous.}}',
  unsavedTitle: 'Quitter sans enregistrer ?',
  unsavedBody: 'Ce formulaire contient des modifications non enregistrées. Si vous le quittez maintenant, elles seront perdues.',
  unsavedLeave: 'Quitter et abandonner les modifications',
  unsavedStay: 'Rester sur ce formulaire',
  typeToConfirm: 'Pour confirmer, saisissez {what}',
  saving: 'Enregistrement…',
  saveFailed: 'L’enregistrement a échoué. Rien n’a été modifié. Réessayez ; si le problème persiste, redémarrez Redress.',
  fieldMessage: '{label} : {message}'
}
