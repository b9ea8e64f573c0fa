import type { Translation } from '../i18n/defineMessages'
import type { en } from './messages.en'

export const es: Translation<typeof en> = {
  workerStopped: 'El proceso que genera el legajo de pruebas se ha detenido de forma inesperada (quizá por falta de memoria). Vuelva a intentarlo con menos pruebas documentales o con un tamaño máximo menor.',
  unreadableReply: 'El proceso que genera el legajo de pruebas ha enviado un mensaje que no se ha podido leer.',
  queueStopped: 'Se ha detenido la generación del legajo de pruebas.'
}
