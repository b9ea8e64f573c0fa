import type { Translation } from '../../i18n/defineMessages'
import type { en } from './messages.en'

export const fr: Translation<typeof en> = {
  appName: 'Redress',
  tagline: 'Dossiers de contestation des notices rouges, diffusions et entrées de la base SLTD d’INTERPOL',
  opening: 'Ouverture de votre coffre…',
  failedTitle: 'Le coffre n’a pas pu être ouvert',

  firstRunTitle: 'Créer votre coffre',
  firstRunIntro:
    'Vos dossiers sont chiffrés sur cet appareil avec une phrase secrète que vous seul connaissez. Choisissez quelques mots sans rapport entre eux que vous saurez retenir — la longueur compte plus que les symboles.',
  passphrase: 'Phrase secrète',
  confirmation: 'Répétez la phrase secrète',
  showPassphrase: 'Afficher la phrase secrète',
  strength: 'Robustesse',
  strengthLabels: { 0: 'Très faible', 1: 'Faible', 2: 'Moyenne', 3: 'Forte', 4: 'Très forte' },
  strengthHint: 'Utilisez au moins 12 caractères ; quatre ou cinq mots sans rapport entre eux conviennent bien.',
  noRecoveryTitle: 'Une phrase secrète oubliée ne peut pas être récupérée',
  noRecovery:
    'Si vous oubliez cette phrase secrète, personne — pas même nous — ne pourra récupérer vos dossiers. Notez-la et conservez-la en lieu sûr.',
  understand: 'J’ai compris',
  create: 'Créer le coffre',
  creating: 'Création de votre coffre…',
  createFailed: 'Le coffre n’a pas pu être créé. Rien n’a été enregistré. Réessayez.',

  unlockTitle: 'Déverrouiller votre coffre',
  unlock: 'Déverrouiller',
  unlocking: 'Déverrouillage…',
  wrongPassphrase: 'Cette phrase secrète est incorrecte. Rien n’a été modifié.',
  throttled: '{seconds, plural, one {Trop de tentatives. Réessayez dans # seconde.} other {Trop de tentatives. Réessayez dans # secondes.}}',
  unlockFailed: 'Le coffre n’a pas pu être déverrouillé en raison d’une erreur inattendue. Rien n’a été modifié.',
  lockedIdle: '{minutes, plural, one {Verrouillé après # minute d’inactivité.} other {Verrouillé après # minutes d’inactivité.}}',
  lockedIdleUnknown: 'Verrouillé après une période d’inactivité.',
  lockedScreen: 'Verrouillé parce que l’ordinateur a été verrouillé.',
  lockedSuspend: 'Verrouillé parce que l’ordinateur s’est mis en veille.',
  lockedManual: 'Votre coffre est verrouillé.'
}
