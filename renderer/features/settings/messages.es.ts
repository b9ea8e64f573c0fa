import type { Translation } from '../../i18n/defineMessages'
import type { en } from './messages.en'

export const es: Translation<typeof en> = {
  title: 'Ajustes',
  languageTitle: 'Idioma',
  languageLabel: 'Idioma',
  languageSystem: 'Idioma del sistema ({name})',
  languageHint:
    'Solo el idioma de las pantallas. Los documentos que genera Redress (la solicitud a la CCF y su memorial) se redactan en el idioma de trabajo elegido en cada solicitud, no aquí.',
  autoLockTitle: 'Bloqueo automático',
  autoLockMinutes: 'Bloquear tras estos minutos sin actividad',
  autoLockHint: 'Entre 1 y 240 minutos.',
  autoLockNotNumber: 'Bloqueo automático: introduzca un número entero de minutos entre 1 y 240.',
  autoLockSave: 'Guardar',
  autoLockSaved:
    '{n, plural, one {Guardado. La bóveda se bloquea ahora tras # minuto sin actividad.} other {Guardado. La bóveda se bloquea ahora tras # minutos sin actividad.}}',
  passphraseTitle: 'Cambiar la frase de contraseña',
  passphraseIntro: 'Sus expedientes no se vuelven a cifrar; solo cambia la clave que los protege. Tarda uno o dos segundos.',
  currentPassphrase: 'Frase de contraseña actual',
  newPassphrase: 'Nueva frase de contraseña',
  confirmPassphrase: 'Repita la nueva frase de contraseña',
  changePassphrase: 'Cambiar la frase de contraseña',
  changing: 'Cambiando la frase de contraseña…',
  wrongCurrent: 'La frase de contraseña actual no es correcta. No se ha cambiado nada.',
  changeFailed: 'No se pudo cambiar la frase de contraseña. No se ha cambiado nada.',
  changed: 'Su frase de contraseña se ha cambiado. Use la nueva frase de contraseña a partir de ahora.',
  privacyTitle: 'Plazos: nombres, notificaciones y registro',
  privacyIntro: 'Dentro de la bóveda desbloqueada, los plazos siempre muestran el nombre del cliente. Estas opciones se refieren a lo que sale de ella.',
  notificationNames: 'Mostrar el nombre de los clientes en las notificaciones de escritorio',
  notificationNamesWarning:
    'Las notificaciones aparecen en pantalla por encima de otros programas, quedan en la lista de notificaciones del sistema y se ven en pantallas compartidas o fotografiadas. Si esta opción está desactivada, solo indican la referencia del asunto (p. ej. RN-TR-7A1D).',
  calendarNames: 'Mostrar el nombre de los clientes en los archivos de calendario exportados (.ics)',
  calendarNamesWarning:
    'Los archivos de calendario no están cifrados y suelen sincronizarse con un servidor de calendario. Si esta opción está desactivada, los eventos solo indican la referencia del asunto.',
  actorName: 'Su nombre o iniciales para el registro de plazos',
  actorNameHint: 'Se anota con cada plazo introducido o modificado, en el registro diario impreso.',
  privacySave: 'Guardar los ajustes de plazos',
  privacySaved: 'Guardado.',
  lockTitle: 'Bloqueo',
  lockIntro: 'Al bloquear se retiran todos los expedientes de la pantalla y de la memoria hasta que se vuelva a introducir la frase de contraseña.',
  panicLock:
    'Bloqueo de emergencia: {shortcut} bloquea al instante, sin preguntar, incluso con cambios sin guardar. Lo que estaba escribiendo se pierde a propósito.',
  lockNow: 'Bloquear ahora',
  eraseTitle: 'Borrar esta bóveda de este dispositivo',
  eraseIntro:
    'Elimina de una vez todos los expedientes, pruebas documentales, borradores y claves que Redress guarda en este dispositivo. Sin una copia de seguridad no se pueden recuperar — ni usted ni nadie. No se pide su frase de contraseña, para que sea rápido.',
  eraseButton: 'Borrar esta bóveda…',
  eraseDialogTitle: '¿Borrar esta bóveda de este dispositivo?',
  eraseDialogBody:
    'Se eliminarán de este dispositivo todos los expedientes, pruebas documentales, borradores, plazos y la clave que los protege. Después Redress se inicia como recién instalado.',
  eraseDialogBackup:
    'Solo una copia de seguridad hecha antes puede recuperarlos. Los datos guardados siempre estuvieron cifrados; el sistema operativo puede conservar fragmentos de los archivos eliminados hasta que se sobrescriban.',
  eraseWord: 'BORRAR',
  eraseConfirm: 'Borrar todo',
  backupTitle: 'Hacer una copia de seguridad de esta bóveda',
  backupIntro:
    'Crea un único archivo cifrado con todos los expedientes, borradores, plazos y pruebas documentales. Guárdelo lejos de este dispositivo (por ejemplo, en una memoria USB cifrada). Solo se abre con la frase de contraseña de la copia; sin ella nadie puede restaurarla — ni usted ni nadie. Restáurela más abajo, o en un dispositivo nuevo con «Restaurar desde una copia de seguridad…» la primera vez que se inicie Redress.',
  backupPassphrase: 'Frase de contraseña de la copia',
  backupPassphraseHint:
    'Puede ser la misma que la de su bóveda. Si elige otra, anótela y guárdela separada de la copia de seguridad.',
  backupConfirm: 'Repita la frase de contraseña de la copia',
  backupUseVault: 'Usar la frase de contraseña de mi bóveda para esta copia',
  backupVaultPassphrase: 'La frase de contraseña de su bóveda',
  backupVaultHint: 'Redress la comprueba con esta bóveda antes de usarla. Quien la conozca podrá abrir tanto la bóveda como la copia de seguridad.',
  backupStart: 'Hacer la copia de seguridad',
  backupPreparing: 'Preparando la clave de la copia…',
  backupWorking: 'Haciendo la copia de seguridad… {percent} %',
  backupSaving: 'Guardando el archivo de copia de seguridad…',
  backupCancel: 'Cancelar la copia de seguridad',
  backupCancelled: 'Se canceló la copia de seguridad. No se guardó ningún archivo y no se cambió nada en su bóveda.',
  backupNotSaved:
    'No se guardó el archivo de copia de seguridad, así que no consta como su última copia. No se cambió nada en su bóveda.',
  backupFailed:
    'No se pudo hacer la copia de seguridad. No se cambió nada en su bóveda; inténtelo de nuevo y, si vuelve a fallar, reinicie Redress.',
  backupSaveFailed:
    'La copia de seguridad se hizo pero no se pudo guardar: {reason} No se cambió nada en su bóveda; inténtelo de nuevo y elija otro lugar.',
  backupLogFailed:
    'Se guardó el archivo de copia de seguridad, pero Redress no pudo anotarlo como su última copia. Conserve el archivo; el aviso de abajo puede no estar al día.',
  backupDone:
    'Copia de seguridad guardada como «{fileName}» ({dossierFiles, plural, one {incluye # archivo de prueba documental} other {incluye # archivos de pruebas documentales}}). Compruebe que está donde espera y guárdela en un lugar seguro.',
  backupNever: 'Todavía no se ha hecho ninguna copia de seguridad de esta bóveda. Si este dispositivo se pierde, se incauta o falla, se pierde todo lo que contiene.',
  backupLast: 'Última copia de seguridad: {when} ({days, plural, =0 {hoy} one {hace # día} other {hace # días}}).',
  backupOverdue:
    '{limit, plural, one {Su última copia de seguridad tiene más de # día. Haga una nueva para proteger el trabajo reciente.} other {Su última copia de seguridad tiene más de # días. Haga una nueva para proteger el trabajo reciente.}}'
}
