// Strings of the contacts page: institutions and colleagues shared across dossiers (English: the type source).
export const en = {
  title: 'Contacts',
  intro: 'Institutions and colleagues you deal with across dossiers: the CCF, NCBs, courts, co-counsel, NGOs.',
  newContact: 'New contact',
  empty: 'No contacts yet.',
  newTitle: 'New contact',
  editTitle: 'Edit contact',
  role: 'Role',
  name: 'Name',
  organisation: 'Organisation',
  country: 'Country',
  email: 'E-mail address',
  phone: 'Phone',
  notes: 'Notes',
  save: 'Save contact',
  cancel: 'Cancel',
  edit: 'Edit',
  delete: 'Delete',
  named: '{action}: {what}',
  deleteTitle: 'Delete the contact {name}?',
  deleteBody: 'The contact will be deleted from this device. Dossiers are not affected.',
  roles: {
    ccf: 'CCF (Commission for the Control of INTERPOL’s Files)',
    ncb: 'National Central Bureau',
    court: 'Court',
    'co-counsel': 'Co-counsel',
    ngo: 'NGO',
    authority: 'Authority',
    other: 'Other'
  }
}
