// What the lawyer reads when erasing the vault from this device stops short (issue 6, part 5), in
// every UI language. Small enough to keep its five catalogues together.
import { defineMessages, type Translation } from '../i18n/defineMessages'

const en = {
  blocked:
    'Everything in the vault has been deleted, but another Redress window or tab still holds the empty database open, so it cannot be removed yet. Close every other Redress window and tab; erasing then finishes on its own and this screen changes to “Create your vault”.',
  nothingErased:
    'The vault could not be erased: the device refused to delete it, so nothing has been deleted. Restart Redress, unlock, and erase again.',
  emptyNotRemoved:
    'Every dossier, exhibit and key has been deleted, but the empty database could not be removed from this device. Restart Redress; it will then offer to create a new vault.'
}

const fr: Translation<typeof en> = {
  blocked:
    'Tout le contenu du coffre a été supprimé, mais une autre fenêtre ou un autre onglet de Redress garde la base de données vide ouverte : elle ne peut pas encore être retirée. Fermez toutes les autres fenêtres et tous les autres onglets de Redress ; l’effacement se terminera alors de lui-même et cet écran affichera « Créer votre coffre ».',
  nothingErased:
    'Le coffre n’a pas pu être effacé : l’appareil a refusé de le supprimer, donc rien n’a été supprimé. Redémarrez Redress, déverrouillez le coffre et effacez-le à nouveau.',
  emptyNotRemoved:
    'Tous les dossiers, toutes les pièces et toutes les clés ont été supprimés, mais la base de données vide n’a pas pu être retirée de cet appareil. Redémarrez Redress ; il proposera alors de créer un nouveau coffre.'
}

const es: Translation<typeof en> = {
  blocked:
    'Se ha eliminado todo el contenido de la bóveda, pero otra ventana o pestaña de Redress mantiene abierta la base de datos vacía, por lo que aún no se puede quitar. Cierre todas las demás ventanas y pestañas de Redress; el borrado terminará entonces por sí solo y esta pantalla pasará a «Cree su bóveda».',
  nothingErased:
    'No se pudo borrar la bóveda: el dispositivo se negó a eliminarla, así que no se ha eliminado nada. Reinicie Redress, desbloquee la bóveda y vuelva a borrarla.',
  emptyNotRemoved:
    'Se han eliminado todos los expedientes, pruebas documentales y claves, pero la base de datos vacía no se pudo quitar de este dispositivo. Reinicie Redress; entonces le ofrecerá crear una bóveda nueva.'
}

const ar: Translation<typeof en> = {
  blocked:
    'حُذف كل ما في الخزنة، لكن نافذة أو علامة تبويب أخرى من Redress لا تزال تُبقي قاعدة البيانات الفارغة مفتوحة، فلا يمكن إزالتها بعد. أغلق كل نوافذ Redress وعلامات تبويبه الأخرى؛ وعندئذ يكتمل المسح من تلقاء نفسه وتتحوّل هذه الشاشة إلى «أنشئ خزنتك».',
  nothingErased:
    'تعذّر مسح الخزنة: رفض الجهاز حذفها، فلم يُحذف شيء. أعد تشغيل Redress وافتح قفل الخزنة ثم امسحها مرة أخرى.',
  emptyNotRemoved:
    'حُذفت كل الملفات والمستندات والمفاتيح، لكن تعذّرت إزالة قاعدة البيانات الفارغة من هذا الجهاز. أعد تشغيل Redress؛ وسيعرض عليك حينئذ إنشاء خزنة جديدة.'
}

const ru: Translation<typeof en> = {
  blocked:
    'Всё содержимое хранилища удалено, но другое окно или вкладка Redress всё ещё держит пустую базу данных открытой, поэтому её пока нельзя удалить. Закройте все остальные окна и вкладки Redress; тогда стирание завершится само, и на этом экране появится «Создайте хранилище».',
  nothingErased:
    'Не удалось стереть хранилище: устройство отказалось его удалять, поэтому ничего не удалено. Перезапустите Redress, разблокируйте хранилище и сотрите его ещё раз.',
  emptyNotRemoved:
    'Все досье, приложения и ключи удалены, но пустую базу данных не удалось убрать с этого устройства. Перезапустите Redress; он предложит создать новое хранилище.'
}

export const erasureMessages = defineMessages('erasure', { en, fr, es, ar, ru })
