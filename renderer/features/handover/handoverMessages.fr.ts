import type { Translation } from '../../i18n/defineMessages'
import type { en } from './handoverMessages.en'

export const fr: Translation<typeof en> = {
  handOverClient: 'Transmettre…',
  handOverMatter: 'Transmettre cette affaire…',
  importHandover: 'Importer une transmission…',
  dialogTitle: 'Transmettre ce client',
  dialogTitleMatter: 'Transmettre cette affaire',
  passwordLabel: 'Mot de passe du fichier (laisser vide pour ne pas chiffrer)',
  passwordHint: 'Le zip est chiffré en AES-256 ; 7-Zip, WinZip et Redress peuvent l’ouvrir. Communiquez le mot de passe au destinataire par un autre canal.',
  passwordTooShort: 'Choisissez un mot de passe d’au moins 8 caractères, ou laissez le champ vide.',
  confirmEncrypted: 'Enregistrer avec mot de passe',
  importPasswordTitle: 'Mot de passe de ce fichier de transmission',
  importPasswordLabel: 'Mot de passe',
  open: 'Ouvrir',
  unencryptedWarning:
    'Ce fichier n’est pas chiffré : quiconque l’obtient peut lire le dossier du client. Utilisez un mot de passe, sauf si vous le remettez par un canal chiffré.',
  confirmUnencrypted: 'Enregistrer sans chiffrement',
  saved: 'Paquet de transmission « {name} » enregistré.',
  exportFailed: 'Le paquet de transmission n’a pas pu être créé. Rien n’a été enregistré.',
  conflictTitle: 'Ce client figure déjà dans votre coffre',
  conflictBody:
    'Importer le paquet comme copie, avec de nouveaux identifiants d’enregistrement, à côté du client existant ? Rien n’est modifié dans le client existant.',
  importAsCopy: 'Importer comme copie',
  imported: '{exhibits, plural, one {Paquet de transmission importé avec # pièce.} other {Paquet de transmission importé avec # pièces.}}',
  importFailed: 'Le paquet de transmission n’a pas pu être importé. Rien n’a été écrit dans votre coffre.'
}
