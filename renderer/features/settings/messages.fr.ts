import type { Translation } from '../../i18n/defineMessages'
import type { en } from './messages.en'

export const fr: Translation<typeof en> = {
  title: 'Paramètres',
  languageTitle: 'Langue',
  languageLabel: 'Langue',
  languageSystem: 'Langue du système ({name})',
  languageHint:
    'La langue des écrans uniquement. Les documents que Redress produit (la requête à la CCF et son mémoire) sont rédigés dans la langue de travail choisie pour chaque requête, et non ici.',
  autoLockTitle: 'Verrouillage automatique',
  autoLockMinutes: 'Verrouiller après ce nombre de minutes d’inactivité',
  autoLockHint: 'Entre 1 et 240 minutes.',
  autoLockNotNumber: 'Verrouillage automatique : saisissez un nombre entier de minutes entre 1 et 240.',
  autoLockSave: 'Enregistrer',
  autoLockSaved:
    '{n, plural, one {Enregistré. Le coffre se verrouille désormais après # minute d’inactivité.} other {Enregistré. Le coffre se verrouille désormais après # minutes d’inactivité.}}',
  passphraseTitle: 'Changer de phrase secrète',
  passphraseIntro: 'Vos dossiers ne sont pas rechiffrés ; seule la clé qui les protège change. Cela prend une ou deux secondes.',
  currentPassphrase: 'Phrase secrète actuelle',
  newPassphrase: 'Nouvelle phrase secrète',
  confirmPassphrase: 'Répétez la nouvelle phrase secrète',
  changePassphrase: 'Changer de phrase secrète',
  changing: 'Changement de la phrase secrète…',
  wrongCurrent: 'La phrase secrète actuelle n’est pas correcte. Rien n’a été modifié.',
  changeFailed: 'La phrase secrète n’a pas pu être changée. Rien n’a été modifié.',
  changed: 'Votre phrase secrète a été changée. Utilisez désormais la nouvelle phrase secrète.',
  privacyTitle: 'Délais : noms, notifications et journal',
  privacyIntro: 'Dans le coffre déverrouillé, les délais affichent toujours le nom du client. Ces choix portent sur ce qui en sort.',
  notificationNames: 'Afficher le nom des clients dans les notifications du bureau',
  notificationNamesWarning:
    'Les notifications s’affichent par-dessus les autres programmes, restent dans la liste des notifications du système et sont visibles sur les écrans partagés ou photographiés. Lorsque cette option est désactivée, elles ne citent que la référence de l’affaire (p. ex. RN-TR-7A1D).',
  calendarNames: 'Afficher le nom des clients dans les fichiers d’agenda exportés (.ics)',
  calendarNamesWarning:
    'Les fichiers d’agenda ne sont pas chiffrés et sont généralement synchronisés avec un serveur d’agenda. Lorsque cette option est désactivée, les événements ne citent que la référence de l’affaire.',
  actorName: 'Votre nom ou vos initiales pour le journal des délais',
  actorNameHint: 'Enregistré avec chaque délai saisi ou modifié, sur le journal quotidien imprimé.',
  privacySave: 'Enregistrer les paramètres des délais',
  privacySaved: 'Enregistré.',
  lockTitle: 'Verrouillage',
  lockIntro: 'Le verrouillage retire tous les dossiers de l’écran et de la mémoire jusqu’à ce que la phrase secrète soit de nouveau saisie.',
  panicLock:
    'Verrouillage d’urgence : {shortcut} verrouille immédiatement, sans confirmation, même avec des modifications non enregistrées. Ce que vous étiez en train de saisir est perdu, volontairement.',
  lockNow: 'Verrouiller maintenant',
  eraseTitle: 'Effacer ce coffre de cet appareil',
  eraseIntro:
    'Supprime en une fois chaque dossier, pièce, brouillon et clé conservés par Redress sur cet appareil. Sans sauvegarde, ils ne peuvent pas être récupérés — ni par vous, ni par personne. Votre phrase secrète n’est pas demandée, pour que ce soit rapide.',
  eraseButton: 'Effacer ce coffre…',
  eraseDialogTitle: 'Effacer ce coffre de cet appareil ?',
  eraseDialogBody:
    'Chaque dossier, pièce, brouillon, délai et la clé qui les protège seront supprimés de cet appareil. Redress redémarre ensuite comme s’il venait d’être installé.',
  eraseDialogBackup:
    'Seule une sauvegarde faite auparavant peut les restituer. Les données conservées ont toujours été chiffrées ; le système d’exploitation peut garder des fragments des fichiers supprimés jusqu’à ce qu’ils soient écrasés.',
  eraseWord: 'EFFACER',
  eraseConfirm: 'Tout effacer',
  backupTitle: 'Sauvegarder ce coffre',
  backupIntro:
    'Crée un seul fichier chiffré contenant chaque dossier, brouillon, délai et pièce. Conservez-le loin de cet appareil (par exemple sur une clé USB chiffrée). Il ne s’ouvre qu’avec la phrase secrète de la sauvegarde ; sans elle, personne ne peut le restaurer — ni vous, ni personne. Restaurez-le ci-dessous, ou sur un nouvel appareil avec « Restaurer plutôt depuis une sauvegarde… » au premier démarrage de Redress.',
  backupPassphrase: 'Phrase secrète de la sauvegarde',
  backupPassphraseHint:
    'Elle peut être identique à celle de votre coffre. Si vous en choisissez une autre, notez-la et conservez-la à l’écart de la sauvegarde.',
  backupConfirm: 'Répétez la phrase secrète de la sauvegarde',
  backupUseVault: 'Utiliser la phrase secrète de mon coffre pour cette sauvegarde',
  backupVaultPassphrase: 'Phrase secrète de votre coffre',
  backupVaultHint: 'Redress la vérifie auprès de ce coffre avant de l’utiliser. Quiconque la connaît peut alors ouvrir le coffre et la sauvegarde.',
  backupStart: 'Faire la sauvegarde',
  backupPreparing: 'Préparation de la clé de sauvegarde…',
  backupWorking: 'Sauvegarde en cours… {percent} %',
  backupSaving: 'Enregistrement du fichier de sauvegarde…',
  backupCancel: 'Annuler la sauvegarde',
  backupCancelled: 'La sauvegarde a été annulée. Aucun fichier n’a été enregistré et rien n’a été modifié dans votre coffre.',
  backupNotSaved:
    'Le fichier de sauvegarde n’a pas été enregistré ; il n’est donc pas noté comme votre dernière sauvegarde. Rien n’a été modifié dans votre coffre.',
  backupFailed:
    'La sauvegarde n’a pas pu être faite. Rien n’a été modifié dans votre coffre ; réessayez et, en cas de nouvel échec, redémarrez Redress.',
  backupSaveFailed:
    'La sauvegarde a été faite mais n’a pas pu être enregistrée : {reason} Rien n’a été modifié dans votre coffre ; réessayez en choisissant un autre emplacement.',
  backupLogFailed:
    'Le fichier de sauvegarde a été enregistré, mais Redress n’a pas pu le noter comme votre dernière sauvegarde. Conservez le fichier ; le rappel ci-dessous peut ne pas être à jour.',
  backupDone:
    'Sauvegarde enregistrée sous « {fileName} » ({dossierFiles, plural, one {# fichier de pièce inclus} other {# fichiers de pièces inclus}}). Vérifiez qu’elle se trouve là où vous l’attendez, puis conservez-la en lieu sûr.',
  backupNever: 'Aucune sauvegarde de ce coffre n’a encore été faite. Si cet appareil est perdu, saisi ou tombe en panne, tout son contenu est perdu.',
  backupLast: 'Dernière sauvegarde : {when} ({days, plural, =0 {aujourd’hui} one {il y a # jour} other {il y a # jours}}).',
  backupOverdue:
    '{limit, plural, one {Votre dernière sauvegarde date de plus de # jour. Faites-en une nouvelle pour mettre à l’abri votre travail récent.} other {Votre dernière sauvegarde date de plus de # jours. Faites-en une nouvelle pour mettre à l’abri votre travail récent.}}'
}
