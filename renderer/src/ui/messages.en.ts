// Strings used by the shared UI pieces: fields, dialogs, navigation guard (English: the type source).
export const en = {
  requiredMark: 'required',
  dateHint: 'Form: yyyy-mm-dd, e.g. 1984-03-12',
  datePlaceholder: 'yyyy-mm-dd',
  chooseCountry: 'Choose a country…',
  noCountry: '— Not known —',
  remove: 'Remove',
  cancel: 'Cancel',
  confirm: 'Confirm',
  delete: 'Delete',
  formHasErrors:
    '{n, plural, one {One field needs attention. It is marked below.} other {# fields need attention. They are marked below.}}',
  unsavedTitle: 'Leave without saving?',
  unsavedBody: 'You have changes in this form that are not saved. If you leave now, they will be lost.',
  unsavedLeave: 'Leave and discard changes',
  unsavedStay: 'Stay on this form',
  typeToConfirm: 'To confirm, type {what}',
  saving: 'Saving…',
  saveFailed: 'Saving failed. Nothing has been changed. Try again; if this persists, restart Redress.',
  /** A field's name before a schema message that does not name it. */
  fieldMessage: '{label}: {message}'
}
