import type { Translation } from '../../i18n/defineMessages'
import type { en } from './messages.en'

export const es: Translation<typeof en> = {
  requiredMark: 'obligatorio',
  dateHint: 'Formato: aaaa-mm-dd, p. ej. 1984-03-12',
  datePlaceholder: 'aaaa-mm-dd',
  chooseCountry: 'Elija un país…',
  noCountry: '— Desconocido —',
  remove: 'Quitar',
  cancel: 'Cancelar',
  confirm: 'Confirmar',
  delete: 'Eliminar',
  formHasErrors:
    '{n, plural, one {Un campo requiere atención. Está señalado abajo.} other {# campos requieren atención. Están señalados abajo.}}',
  unsavedTitle: '¿Salir sin guardar?',
  unsavedBody: 'Este formulario tiene cambios sin guardar. Si sale ahora, se perderán.',
  unsavedLeave: 'Salir y descartar los cambios',
  unsavedStay: 'Permanecer en este formulario',
  typeToConfirm: 'Para confirmar, escriba {what}',
  saving: 'Guardando…',
  saveFailed: 'No se pudo guardar. No se ha modificado nada. Vuelva a intentarlo; si el problema persiste, reinicie Redress.',
  fieldMessage: '{label}: {message}'
}
