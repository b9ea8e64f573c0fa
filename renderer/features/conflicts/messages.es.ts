import type { Translation } from '../../i18n/defineMessages'
import type { en } from './messages.en'

export const es: Translation<typeof en> = {
  title: 'Posibles conflictos',
  titleWithCount: 'Posibles conflictos ({n, plural, one {# registro} other {# registros}})',
  intro:
    'Estos registros existentes tienen el mismo nombre o uno parecido. Compruebe que no se trata de la misma persona, ni de alguien de la parte contraria en un asunto, antes de abrir el expediente.',
  mustCheck: 'Revise los posibles conflictos que figuran abajo antes de crear este cliente.',
  client: 'Cliente',
  contactWithRole: 'Contacto ({role})',
  matched: '«{typedField}: {typed}» coincide con {field} «{stored}»',
  reasons: 'Motivo: {reasons}',
  reasonSeparator: '; ',
  openDossier: 'Abrir expediente',
  openDossierOf: 'Abrir el expediente de {name}',
  openContacts: 'Abrir contactos',
  createAnyway: 'No es la misma persona: crear de todos modos',
  confirmed: 'Ha confirmado que ninguno de estos registros corresponde a la misma persona.',
  privacy: 'Solo se comprueba con los registros de esta bóveda; nada sale de la aplicación.',
  strengths: {
    exact: 'Mismo nombre',
    strong: 'Coincidencia fuerte',
    possible: 'Posible coincidencia'
  },
  storedFields: {
    'legal-name': 'el nombre legal',
    'latin-name': 'la transliteración latina',
    alias: 'el alias',
    'contact-name': 'el contacto'
  },
  typedFields: {
    'legal-name': 'Nombre legal',
    'latin-name': 'Transliteración latina',
    alias: 'Alias'
  },
  reasonLabels: {
    alias: 'alias',
    'same-spelling': 'misma grafía (sin tener en cuenta mayúsculas ni tildes)',
    'other-script': 'mismo nombre en otra escritura',
    'other-romanisation': 'otra romanización del mismo nombre',
    'similar-spelling': 'grafía parecida',
    'consonants-only': 'mismas consonantes en escritura árabe (vocales no escritas)',
    initial: 'una inicial coincide con un nombre',
    'word-order': 'nombres en otro orden',
    'missing-name': 'falta un nombre en uno de los lados (p. ej. un segundo nombre)',
    'one-word': 'solo hay un nombre que comparar'
  }
}
