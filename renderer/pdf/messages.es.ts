import type { Translation } from '../i18n/defineMessages'
import type { en } from './messages.en'

export const es: Translation<typeof en> = {
  workerStopped: 'El proceso que genera los PDF se ha detenido de forma inesperada.',
  unreadableReply: 'El proceso que genera los PDF ha enviado un mensaje que no se ha podido leer.',
  queueStopped: 'Se ha detenido la generación de los PDF.'
}
