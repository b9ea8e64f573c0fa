import type { Translation } from '../i18n/defineMessages'
import type { en } from './messages.en'

export const es: Translation<typeof en> = {
  workerStopped: 'El proceso que genera los PDF se ha detenido de forma inesperada.',
  unreadableReply: 'El proceso que genera los PDF ha enviado un mensaje que no se ha podido leer.',
  queueStopped: 'Se ha detenido la generación de los PDF.',
  // Saving a PDF (usePdfSave), the same words wherever a PDF is saved.
  pdfFonts: 'Preparando las fuentes…',
  pdfLayout: 'Maquetando…',
  pdfWriting: 'Escribiendo el PDF…',
  pdfSaving: 'Guardando el PDF…',
  pdfCancel: 'Cancelar',
  pdfCancelled: 'Se canceló el PDF. No se guardó nada.',
  pdfFailed: 'No se pudo crear el PDF: {reason} No se guardó nada.',
  pdfSaveFailed: 'No se pudo guardar el PDF: {reason} No se guardó nada.',
  pdfSaved: 'Se guardó {fileName}.',
  pdfSaveCancelled: 'Guardado cancelado. No se guardó nada.',
}
