import type { Translation } from '../i18n/defineMessages'
import type { en } from './messages.en'

export const fr: Translation<typeof en> = {
  workerStopped: 'Le processus de production des PDF s’est arrêté de façon inattendue.',
  unreadableReply: 'Le processus de production des PDF a envoyé un message illisible.',
  queueStopped: 'La production des PDF a été arrêtée.',
  // Saving a PDF (usePdfSave), the same words wherever a PDF is saved.
  pdfFonts: 'Préparation des polices…',
  pdfLayout: 'Mise en page…',
  pdfWriting: 'Écriture du PDF…',
  pdfSaving: 'Enregistrement du PDF…',
  pdfCancel: 'Annuler',
  pdfCancelled: 'Le PDF a été annulé. Rien n’a été enregistré.',
  pdfFailed: 'Le PDF n’a pas pu être créé : {reason} Rien n’a été enregistré.',
  pdfSaveFailed: 'Le PDF n’a pas pu être enregistré : {reason} Rien n’a été enregistré.',
  pdfSaved: '{fileName} enregistré.',
  pdfSaveCancelled: 'Enregistrement annulé. Rien n’a été enregistré.',
}
