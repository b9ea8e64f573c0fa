import type { Translation } from '../../i18n/defineMessages'
import type { en } from './messages.en'

export const es: Translation<typeof en> = {
  title: 'Contactos',
  intro: 'Instituciones y colegas con los que trata en distintos expedientes: la CCF, las OCN, los tribunales, los coabogados, las ONG.',
  newContact: 'Nuevo contacto',
  empty: 'Todavía no hay contactos.',
  newTitle: 'Nuevo contacto',
  editTitle: 'Editar contacto',
  role: 'Función',
  name: 'Nombre',
  organisation: 'Organización',
  country: 'País',
  email: 'Correo electrónico',
  phone: 'Teléfono',
  notes: 'Notas',
  save: 'Guardar contacto',
  cancel: 'Cancelar',
  edit: 'Editar',
  delete: 'Eliminar',
  named: '{action}: {what}',
  deleteTitle: '¿Eliminar el contacto {name}?',
  deleteBody: 'El contacto se eliminará de este dispositivo. Los expedientes no se ven afectados.',
  roles: {
    ccf: 'Comisión de Control de los Ficheros de la OIPC-INTERPOL (CCF)',
    ncb: 'Oficina Central Nacional',
    court: 'Tribunal',
    'co-counsel': 'Coabogado',
    ngo: 'ONG',
    authority: 'Autoridad',
    other: 'Otro'
  }
}
