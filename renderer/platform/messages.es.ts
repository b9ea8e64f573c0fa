import type { Translation } from '../i18n/defineMessages'
import type { en } from './messages.en'

export const es: Translation<typeof en> = {
  desktopOnly: 'Las copias de seguridad programadas en una carpeta están disponibles en la aplicación de escritorio de Redress.',
  backupClosed: 'Este archivo de copia de seguridad ya se había terminado o cancelado.',
  tooManyFiles: '{n, plural, one {Seleccione como máximo # archivo a la vez.} other {Seleccione como máximo # archivos a la vez.}}',
  selectedFileTooLarge: 'Un archivo seleccionado supera los 200 MB.',
  selectionTooLarge: 'Los archivos seleccionados superan los 500 MB en total.',
  selectedFileUnreadable: 'No se ha podido leer un archivo seleccionado.',
  fileTooLarge: 'El archivo supera los 200 MB.',
  notificationInvalid: 'El texto de la notificación es demasiado largo o no es texto sin formato.',
  noAnswer: 'La aplicación de escritorio no ha respondido. Vuelva a intentarlo.',
  badAnswer: 'La aplicación de escritorio ha enviado una respuesta inesperada.',
  fileNotPrepared: 'No se ha podido preparar el archivo para guardarlo.',
  backupNotPrepared: 'No se ha podido preparar el archivo de copia de seguridad para guardarlo.',
  noBackupFolder: 'No se ha elegido ninguna carpeta para las copias de seguridad programadas. Elija una en Ajustes.'
}
