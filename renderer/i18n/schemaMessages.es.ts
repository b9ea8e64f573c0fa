import type { Translation } from './defineMessages'
import type { en } from './schemaMessages.en'

export const es: Translation<typeof en> = {
  exact: {
    dateForm: 'Utilice el formato aaaa-mm-dd, p. ej. 2026-03-26.',
    dateNotInCalendar: 'Esta fecha no existe en el calendario.',
    chooseCountry: 'Elija un país de la lista.',
    languageTag: 'Indique un código de idioma como «en», «ru» o «ug».',
    emailInvalid: 'La dirección de correo electrónico no es válida.',
    passphraseGuessable: 'Esta frase de contraseña es demasiado fácil de adivinar. Añada más palabras sin relación entre sí.',
    passphraseMismatch: 'Las dos frases de contraseña no coinciden.'
  },
  fields: {
    address: 'Dirección',
    alias: 'Alias',
    description: 'Descripción',
    details: 'Detalles',
    documentNumber: 'Número del documento',
    fileReference: 'Referencia del expediente',
    howLearned: 'Cómo se enteró el cliente',
    interpolReference: 'Referencia de INTERPOL',
    issuingCourt: 'Tribunal emisor',
    latinName: 'Transliteración latina',
    legalCitation: 'Cita legal',
    legalName: 'Nombre legal',
    legalProvision: 'Disposición legal',
    ncb: 'OCN',
    name: 'Nombre',
    note: 'Nota',
    notes: 'Notas',
    offenceDescription: 'Descripción del delito',
    organisation: 'Organización',
    packName: 'Nombre del conjunto de reglas',
    phone: 'Teléfono',
    placeOfBirth: 'Lugar de nacimiento',
    secureChannel: 'Canal seguro',
    sourceAddress: 'Dirección de la fuente',
    statusReference: 'Referencia del estatuto',
    summary: 'Resumen',
    title: 'Título',
    warrantNumber: 'Número de la orden',
    whatIsDue: 'Qué se debe presentar'
  },
  required: 'El campo «{field}» es obligatorio.',
  tooLong: 'El campo «{field}» admite como máximo {max, number} caracteres.',
  passphraseTooShort: 'Utilice al menos {min, number} caracteres (unas pocas palabras sin relación entre sí funcionan bien).'
}
