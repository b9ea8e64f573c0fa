import type { Translation } from '../../i18n/defineMessages'
import type { en } from './handoverMessages.en'

export const es: Translation<typeof en> = {
  handOverClient: 'Traspasar…',
  handOverMatter: 'Traspasar este asunto…',
  importHandover: 'Importar un traspaso…',
  dialogTitle: 'Traspasar este cliente',
  dialogTitleMatter: 'Traspasar este asunto',
  passwordLabel: 'Contraseña del archivo (déjela vacía para no cifrarlo)',
  passwordHint: 'El zip se cifra con AES-256; 7-Zip, WinZip y Redress pueden abrirlo. Comunique la contraseña al destinatario por otro canal.',
  passwordTooShort: 'Use una contraseña de al menos 8 caracteres, o déjela vacía.',
  confirmEncrypted: 'Guardar con contraseña',
  importPasswordTitle: 'Contraseña de este archivo de traspaso',
  importPasswordLabel: 'Contraseña',
  open: 'Abrir',
  unencryptedWarning:
    'Este archivo no está cifrado: cualquiera que lo obtenga puede leer el expediente del cliente. Use una contraseña, salvo que lo entregue por un canal cifrado.',
  confirmUnencrypted: 'Guardar sin cifrar',
  saved: 'Se guardó el paquete de traspaso «{name}».',
  exportFailed: 'No se pudo crear el paquete de traspaso. No se guardó nada.',
  conflictTitle: 'Este cliente ya está en su bóveda',
  conflictBody:
    '¿Importar el paquete como copia, con nuevos identificadores de registro, junto al cliente que ya tiene? No se modifica nada del cliente existente.',
  importAsCopy: 'Importar como copia',
  imported: '{exhibits, plural, one {Se importó el paquete de traspaso con # prueba documental.} other {Se importó el paquete de traspaso con # pruebas documentales.}}',
  importFailed: 'No se pudo importar el paquete de traspaso. No se escribió nada en su bóveda.'
}
