// Strings used by the shared UI pieces (fields, dialogs, navigation guard).
export const uiMessages = {
  requiredMark: 'required',
  dateHint: 'Form: yyyy-mm-dd, e.g. 1984-03-12',
  chooseCountry: 'Choose a country…',
  noCountry: '— Not known —',
  remove: 'Remove',
  cancel: 'Cancel',
  confirm: 'Confirm',
  delete: 'Delete',
  formHasErrors: (n: number) =>
    n === 1 ? 'One field needs attention. It is marked below.' : `${n} fields need attention. They are marked below.`,
  unsavedTitle: 'Leave without saving?',
  unsavedBody: 'You have changes in this form that are not saved. If you leave now, they will be lost.',
  unsavedLeave: 'Leave and discard changes',
  unsavedStay: 'Stay on this form',
  typeToConfirm: (what: string) => `To confirm, type ${what}`,
  saving: 'Saving…',
  saveFailed: 'Saving failed. Nothing has been changed. Try again; if this persists, restart Redress.'
}

/**
 * "Date of birth" + "Use the form yyyy-mm-dd…" → "Date of birth: use the form yyyy-mm-dd…".
 * Messages that already name the field ("Legal name is required.") are kept as they are.
 */
export function fieldMessage(label: string, message: string): string {
  if (message.toLowerCase().startsWith(label.toLowerCase())) return message
  return `${label}: ${message.charAt(0).toLowerCase()}${message.slice(1)}`
}
