import type { Translation } from './defineMessages'
import type { en } from './schemaMessages.en'

export const fr: Translation<typeof en> = {
  exact: {
    dateForm: 'Utilisez le format aaaa-mm-jj, p. ex. 2026-03-26.',
    dateNotInCalendar: 'Cette date n’existe pas dans le calendrier.',
    chooseCountry: 'Choisissez un pays dans la liste.',
    languageTag: 'Indiquez un code de langue tel que « en », « ru » ou « ug ».',
    emailInvalid: 'L’adresse électronique n’est pas valide.',
    passphraseGuessable: 'Cette phrase secrète est trop facile à deviner. Ajoutez d’autres mots sans rapport entre eux.',
    passphraseMismatch: 'Les deux phrases secrètes ne correspondent pas.'
  },
  fields: {
    address: 'Adresse',
    alias: 'Alias',
    description: 'Description',
    details: 'Détails',
    documentNumber: 'Numéro du document',
    fileReference: 'Référence du dossier',
    howLearned: 'Comment le client l’a appris',
    interpolReference: 'Référence INTERPOL',
    issuingCourt: 'Juridiction émettrice',
    latinName: 'Translittération latine',
    legalCitation: 'Référence juridique',
    legalName: 'Nom légal',
    legalProvision: 'Disposition légale',
    ncb: 'BCN',
    name: 'Nom',
    note: 'Note',
    notes: 'Notes',
    offenceDescription: 'Description de l’infraction',
    organisation: 'Organisation',
    packName: 'Nom du jeu de règles',
    phone: 'Téléphone',
    placeOfBirth: 'Lieu de naissance',
    secureChannel: 'Canal sécurisé',
    sourceAddress: 'Adresse de la source',
    statusReference: 'Référence du statut',
    summary: 'Résumé',
    title: 'Titre',
    warrantNumber: 'Numéro du mandat',
    whatIsDue: 'Ce qui est attendu'
  },
  required: 'Le champ « {field} » est obligatoire.',
  tooLong: 'Le champ « {field} » ne peut dépasser {max, number} caractères.',
  passphraseTooShort: 'Utilisez au moins {min, number} caractères (quelques mots sans rapport entre eux conviennent bien).'
}
