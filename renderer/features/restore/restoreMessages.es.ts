import type { Translation } from '../../i18n/defineMessages'
import type { en } from './restoreMessages.en'

export const es: Translation<typeof en> = {
  panelTitle: 'Restaurar desde una copia de seguridad',
  panelIntro:
    'Devuelve a esta bóveda los expedientes, borradores, plazos y pruebas documentales de un archivo .redress-backup. Primero se comprueba el archivo entero y usted ve qué cambiaría; no se elimina nada de esta bóveda y, si algo falla, no se restaura nada.',
  openForm: 'Restaurar desde una copia de seguridad…',
  closeForm: 'Cerrar',
  file: 'Archivo de copia de seguridad',
  fileHint: 'Un archivo que termina en .redress-backup, por ejemplo de su memoria USB cifrada.',
  passphrase: 'Frase de contraseña de la copia',
  passphraseHint: 'La frase de contraseña elegida al hacer la copia (puede ser la de su bóveda).',
  check: 'Comprobar la copia',
  checkAgain: 'Comprobar de nuevo',
  cancel: 'Cancelar',
  steps: {
    opening: 'Abriendo la copia de seguridad',
    checking: 'Comprobando la copia de seguridad',
    writing: 'Restaurando',
    finishing: 'Terminando'
  },
  progress:
    '{step, select, opening {Abriendo la copia de seguridad} checking {Comprobando la copia de seguridad} writing {Restaurando} other {Terminando}}… {readMb} de {totalMb} MB leídos',
  checkCancelled: 'Se canceló la comprobación. No se restauró nada; su bóveda no ha cambiado.',
  restoreCancelled: 'Se canceló la restauración. No se restauró nada; su bóveda no ha cambiado.',
  unexpected: 'Se produjo un error inesperado. No se restauró nada; su bóveda no ha cambiado. Inténtelo de nuevo; si vuelve a fallar, reinicie Redress.',
  previewTitle: 'Qué restauraría esta copia de seguridad',
  madeOn: 'Copia de seguridad hecha el {when}.',
  summary:
    'Contiene {records, plural, one {# registro} other {# registros}} y {files, plural, one {# archivo de prueba documental} other {# archivos de pruebas documentales}} en {size}. Se comprobó cada una de sus partes y está intacta.',
  policyLegend: 'Cuando la copia de seguridad y esta bóveda tienen ambas un registro',
  policies: {
    'newer-wins': {
      label: 'Gana el más reciente — recomendado',
      hint: 'Se conserva la copia modificada más recientemente; los registros sin fecha se quedan como están en esta bóveda.'
    },
    'backup-wins': { label: 'Gana la copia de seguridad', hint: 'Cada registro de la copia de seguridad sustituye al de esta bóveda.' },
    'keep-mine': { label: 'Conservar los míos — solo añadir lo que falta', hint: 'No se cambia nada en esta bóveda; solo se añaden los registros que no tiene.' }
  },
  unchanged: 'Con esta elección, esta bóveda ya tiene todo lo que contiene esta copia: restaurar no cambiaría nada.',
  restore: 'Restaurar…',
  confirmTitle: '¿Restaurar desde esta copia de seguridad?',
  confirmAdds: '{n, plural, one {Se añadirá # registro.} other {Se añadirán # registros.}}',
  confirmUpdates:
    '{n, plural, one {# registro de esta bóveda será sustituido por la copia de la copia de seguridad.} other {# registros de esta bóveda serán sustituidos por la copia de la copia de seguridad.}}',
  confirmKeeps: '{n, plural, one {# registro se queda como está.} other {# registros se quedan como están.}}',
  confirmNothingDeleted: 'No se elimina nada: los registros que solo están en esta bóveda se quedan. Si algo falla, no se restaura nada.',
  confirm: 'Restaurar',
  restored:
    'Restaurado: {added} añadidos, {updated} actualizados, {kept} conservados, {files, plural, one {# archivo de prueba documental escrito} other {# archivos de pruebas documentales escritos}}.',

  firstRunEntry: 'Restaurar desde una copia de seguridad…',
  newVaultTitle: 'Restaurar una bóveda desde una copia de seguridad',
  newVaultIntro:
    'Elija su archivo .redress-backup y su frase de contraseña. Redress comprueba primero el archivo entero; después usted elige la frase de contraseña de la bóveda en este dispositivo.',
  back: 'Volver',
  newVaultPassphraseTitle: 'Frase de contraseña de esta bóveda',
  useBackupPassphrase: 'Usar la frase de contraseña de la copia para esta bóveda',
  newVaultPassphrase: 'Frase de contraseña de la bóveda',
  newVaultConfirmation: 'Repita la frase de contraseña de la bóveda',
  restoreNewVault: 'Restaurar',
  restoringNewVault: 'Restaurando su bóveda…'
}
