import type { Translation } from '../../i18n/defineMessages'
import type { en } from './messages.en'

export const es: Translation<typeof en> = {
  title: 'Países requirentes',
  intro: 'Para cada país requirente: lo que muestran sus propios expedientes y los informes públicos que ha registrado sobre él.',
  contextNote: 'Contexto extraído de sus propios expedientes y de los informes que ha registrado; no es una valoración de este asunto.',
  profileNote: 'Contexto extraído de sus propios expedientes y de los informes que ha registrado; no es una valoración de ningún asunto.',
  countriesHeading: 'Países en sus expedientes',
  countriesEmpty: 'Todavía no hay ningún país. Un país aparece aquí en cuanto un asunto lo indica como país requirente o en cuanto registra un informe sobre él.',
  countryCounts: '{matters, plural, one {# asunto} many {# asuntos} other {# asuntos}} · {concerns, plural, one {# informe} many {# informes} other {# informes}}',
  openProfile: 'Abrir el perfil: {country}',
  otherCountryLabel: 'Registrar un informe sobre otro país',
  otherCountryOpen: 'Abrir',
  allCountries: 'Todos los países',
  caseloadHeading: 'Sus propios expedientes',
  caseloadMatters: '{n, plural, one {# asunto de sus expedientes indica} many {# asuntos de sus expedientes indican} other {# asuntos de sus expedientes indican}} este país como país requirente.',
  caseloadNone: 'Ninguno de sus asuntos indica este país como país requirente.',
  byOutcomeHeading: 'Qué fue de ellos',
  byKindHeading: 'Tipo de datos de INTERPOL',
  outcomes: {
    pending: 'En curso',
    deleted: 'Eliminados',
    corrected: 'Corregidos',
    retained: 'Mantenidos',
    implemented: 'Eliminación o corrección ejecutada'
  },
  kinds: {
    'red-notice': 'Notificación roja',
    diffusion: 'Difusión',
    sltd: 'Base SLTD',
    other: 'Otro'
  },
  ccfTimeHeading: 'Plazo de decisión de la CCF',
  ccfTimeNone: 'Todavía no hay ninguna decisión de la CCF con fecha registrada en estos asuntos.',
  ccfTimeMonths:
    'Meses completos desde la admisibilidad hasta la decisión, sobre {n, plural, one {# solicitud resuelta} many {# solicitudes resueltas} other {# solicitudes resueltas}}: mediana {median}, mínimo {min}, máximo {max}.',
  ccfWithinLimit: 'Resueltas dentro del plazo del Estatuto (STAT Art. 40(1) acceso: 4 meses; Art. 40(2) corrección o eliminación: 9 meses): {within} de {total}.',
  ccfExtended: 'Plazo prorrogado por la CCF (STAT Art. 40(3)): {n}.',
  ccfFromReceipt:
    '{n, plural, one {# solicitud se cuenta} many {# solicitudes se cuentan} other {# solicitudes se cuentan}} desde la recepción porque no hay fecha de admisibilidad registrada; el plazo puede quedar sobrestimado hasta en un mes.',
  concernsHeading: 'Preocupaciones públicas que ha registrado',
  concernsNone: 'No hay ningún informe registrado sobre este país.',
  addConcern: 'Registrar un informe',
  edit: 'Editar',
  delete: 'Eliminar',
  actionOn: '{action}: {title}',
  newConcernTitle: 'Registrar un informe',
  editConcernTitle: 'Editar el informe',
  fields: {
    reportTitle: 'Título del informe',
    publisher: 'Editor o autor',
    date: 'Fecha del informe',
    link: 'Enlace',
    whatItSays: 'Qué dice'
  },
  hints: {
    date: 'aaaa-mm-dd, o aaaa-mm si solo se conoce el mes',
    link: 'La dirección https:// del informe. Redress la guarda como texto y nunca la abre.',
    whatItSays: 'Su propio resumen de lo que el informe dice sobre este país.'
  },
  errors: {
    required: 'Este campo es obligatorio.',
    dateForm: 'Use la forma aaaa-mm-dd o aaaa-mm, p. ej. 2024-05-16 o 2024-05.',
    dateImpossible: 'Esta fecha no existe en el calendario.',
    link: 'El enlace debe ser una dirección web completa que empiece por https://, p. ej. https://www.example.org/informe. Cópiela de la barra de direcciones del informe.',
    other: 'Este valor no se puede guardar. Revíselo e inténtelo de nuevo.'
  },
  tooLong: 'Como máximo {max} caracteres.',
  formHasErrors: '{n, plural, one {# campo requiere atención. Está marcado abajo.} many {# campos requieren atención. Están marcados abajo.} other {# campos requieren atención. Están marcados abajo.}}',
  saveFailed: 'No se pudo guardar. No se ha modificado nada. Inténtelo de nuevo; si el problema persiste, reinicie Redress.',
  save: 'Guardar el informe',
  cancel: 'Cancelar',
  deleteTitle: '¿Eliminar este informe?',
  deleteBody: '«{title}» se quitará del perfil: {country}. No se modifica ningún asunto.',
  linkLabel: 'Enlace',
  publishedBy: 'Publicado por',
  reportDate: 'Fecha',
  panelHeading: 'Contexto del país requirente: {country}',
  panelMatters: 'Sus expedientes: {n, plural, one {# asunto} many {# asuntos} other {# asuntos}} de este país.',
  panelOutcomes: 'Resultados',
  panelCcfTime: 'Plazo de decisión de la CCF, en meses completos: mediana {median}, sobre {n, plural, one {# solicitud resuelta} many {# solicitudes resueltas} other {# solicitudes resueltas}}; {within} de {total} dentro del plazo del Estatuto.',
  panelConcerns: 'Informes que ha registrado',
  panelNoConcerns: 'No hay ningún informe registrado sobre este país.',
  panelMoreConcerns: '{n, plural, one {# informe más en el perfil.} many {# informes más en el perfil.} other {# informes más en el perfil.}}',
  panelOpenProfile: 'Abrir el perfil: {country}'
}
