// Institutions and colleagues: list, add, edit, delete.
import { useState } from 'react'
import type { Contact } from '@shared/domain'
import { useSession } from '../../src/session'
import { ConfirmDialog } from '../../src/ui/ConfirmDialog'
import { countryName } from '../../src/ui/countries'
import { FormAlert } from '../../src/ui/fields'
import { uiMessages } from '../../src/ui/messages'
import { PageHeading } from '../../src/ui/PageHeading'
import { ContactForm } from './ContactForm'
import { contactMessages as m, contactRoleLabels } from './messages'
import { RecordActions } from '../../src/ui/RecordActions'

export function ContactsPage() {
  const session = useSession()
  const [editing, setEditing] = useState<string | 'new' | null>(null)
  const [deleting, setDeleting] = useState<Contact | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const contacts = session.contacts()

  const save = async (contact: Contact) => {
    await session.saveContact(contact)
    setEditing(null)
  }
  const remove = async (id: string) => {
    setDeleting(null)
    try {
      await session.deleteContact(id)
    } catch {
      setFailure(uiMessages.saveFailed)
    }
  }

  return (
    <div className="page">
      <div className="page-title-row">
        <PageHeading>{m.title}</PageHeading>
        {editing === null && (
          <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
            {m.newContact}
          </button>
        )}
      </div>
      <p className="muted">{m.intro}</p>
      <FormAlert>{failure}</FormAlert>
      {editing === 'new' && <ContactForm onSave={save} onCancel={() => setEditing(null)} />}
      {contacts.length === 0 && editing !== 'new' && <p className="empty-state">{m.empty}</p>}
      <ul className="contact-list">
        {contacts.map((c) =>
          editing === c.id ? (
            <li key={c.id}>
              <ContactForm existing={c} onSave={save} onCancel={() => setEditing(null)} />
            </li>
          ) : (
            <li key={c.id} className="contact-card">
              <div>
                <p className="contact-card__name" dir="auto">
                  {c.name}
                </p>
                <p className="muted">
                  {[contactRoleLabels[c.role], c.organisation, c.country ? countryName(c.country) : ''].filter(Boolean).join(' · ')}
                </p>
                <p className="contact-card__reach">{[c.email, c.phone].filter(Boolean).join(' · ')}</p>
                {c.notes && (
                  <p className="contact-card__notes" dir="auto">
                    {c.notes}
                  </p>
                )}
              </div>
              {editing === null && (
                <RecordActions editLabel={m.edit} deleteLabel={m.delete} editName={m.named(m.edit, c.name)} deleteName={m.named(m.delete, c.name)} onEdit={() => setEditing(c.id)} onDelete={() => setDeleting(c)} />
              )}
            </li>
          )
        )}
      </ul>
      {deleting && (
        <ConfirmDialog title={m.deleteTitle(deleting.name)} confirmLabel={m.delete} danger onCancel={() => setDeleting(null)} onConfirm={() => void remove(deleting.id)}>
          <p>{m.deleteBody}</p>
        </ConfirmDialog>
      )}
    </div>
  )
}
