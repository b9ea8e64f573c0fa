import type { Translation } from '../../i18n/defineMessages'
import type { en } from './messages.en'

export const es: Translation<typeof en> = {
  appName: 'Redress',
  tagline: 'Expedientes para impugnar notificaciones rojas, difusiones y registros de la base SLTD de INTERPOL',
  opening: 'Abriendo su bóveda…',
  failedTitle: 'No se pudo abrir la bóveda',

  firstRunTitle: 'Cree su bóveda',
  firstRunIntro:
    'Sus expedientes se cifran en este dispositivo con una frase de contraseña que solo usted conoce. Elija unas cuantas palabras sin relación entre sí que pueda recordar: la longitud importa más que los símbolos.',
  passphrase: 'Frase de contraseña',
  confirmation: 'Repita la frase de contraseña',
  showPassphrase: 'Mostrar la frase de contraseña',
  strength: 'Solidez',
  strengthLabels: { 0: 'Muy débil', 1: 'Débil', 2: 'Aceptable', 3: 'Sólida', 4: 'Muy sólida' },
  strengthHint: 'Utilice al menos 12 caracteres; cuatro o cinco palabras sin relación entre sí funcionan bien.',
  noRecoveryTitle: 'Una frase de contraseña olvidada no se puede recuperar',
  noRecovery:
    'Si olvida esta frase de contraseña, nadie —tampoco nosotros— podrá recuperar sus expedientes. Anótela y guárdela en un lugar seguro.',
  understand: 'Entendido',
  create: 'Crear la bóveda',
  creating: 'Creando su bóveda…',
  createFailed: 'No se pudo crear la bóveda. No se ha guardado nada. Vuelva a intentarlo.',

  unlockTitle: 'Desbloquee su bóveda',
  unlock: 'Desbloquear',
  unlocking: 'Desbloqueando…',
  wrongPassphrase: 'La frase de contraseña no es correcta. No se ha modificado nada.',
  throttled: '{seconds, plural, one {Demasiados intentos. Vuelva a intentarlo dentro de # segundo.} other {Demasiados intentos. Vuelva a intentarlo dentro de # segundos.}}',
  unlockFailed: 'No se pudo desbloquear la bóveda por un error inesperado. No se ha modificado nada.',
  lockedIdle: '{minutes, plural, one {Bloqueada tras # minuto sin actividad.} other {Bloqueada tras # minutos sin actividad.}}',
  lockedIdleUnknown: 'Bloqueada tras un período sin actividad.',
  lockedScreen: 'Bloqueada porque se bloqueó el ordenador.',
  lockedSuspend: 'Bloqueada porque el ordenador entró en suspensión.',
  lockedManual: 'Su bóveda está bloqueada.'
}
