// The Edit / Delete row under a stored entry (contacts, precedents, country reports): each button
// names its entry for screen readers, and Delete only asks — the caller opens the confirmation.
export interface RecordActionsProps {
  editLabel: string
  deleteLabel: string
  /** Accessible names, e.g. "Edit: Amnesty report 2024". */
  editName: string
  deleteName: string
  onEdit: () => void
  onDelete: () => void
}

export function RecordActions({ editLabel, deleteLabel, editName, deleteName, onEdit, onDelete }: RecordActionsProps) {
  return (
    <div className="button-row">
      <button type="button" className="button" onClick={onEdit} aria-label={editName}>
        {editLabel}
      </button>
      <button type="button" className="button button--quiet-danger" onClick={onDelete} aria-label={deleteName}>
        {deleteLabel}
      </button>
    </div>
  )
}
