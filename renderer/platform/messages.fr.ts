import type { Translation } from '../i18n/defineMessages'
import type { en } from './messages.en'

export const fr: Translation<typeof en> = {
  desktopOnly: 'Les sauvegardes programmées dans un dossier sont disponibles dans l’application de bureau Redress.',
  backupClosed: 'Ce fichier de sauvegarde a déjà été terminé ou annulé.',
  tooManyFiles: '{n, plural, one {Sélectionnez au plus # fichier à la fois.} other {Sélectionnez au plus # fichiers à la fois.}}',
  selectedFileTooLarge: 'Un fichier sélectionné dépasse 200 Mo.',
  selectionTooLarge: 'Les fichiers sélectionnés dépassent 500 Mo au total.',
  selectedFileUnreadable: 'Un fichier sélectionné n’a pas pu être lu.',
  fileTooLarge: 'Le fichier dépasse 200 Mo.',
  notificationInvalid: 'Le texte de la notification est trop long ou n’est pas du texte brut.',
  noAnswer: 'L’application de bureau n’a pas répondu. Réessayez.',
  badAnswer: 'L’application de bureau a envoyé une réponse inattendue.',
  fileNotPrepared: 'Le fichier n’a pas pu être préparé pour l’enregistrement.',
  backupNotPrepared: 'Le fichier de sauvegarde n’a pas pu être préparé pour l’enregistrement.',
  noBackupFolder: 'Aucun dossier n’est choisi pour les sauvegardes programmées. Choisissez-en un dans Paramètres.'
}
