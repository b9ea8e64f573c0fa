// A modal question before anything destructive. It names what will happen; for the gravest
// actions the lawyer must type a confirmation word (e.g. the client's name or DELETE).
import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import { uiMessages } from './messages'

export interface TypeToConfirm {
  /** Shown in the label, e.g. "the client's name or DELETE". */
  description: string
  /** Any of these, typed exactly (ignoring surrounding spaces), enables the confirm button. */
  accepted: readonly string[]
}

interface ConfirmDialogProps {
  title: string
  children: ReactNode
  confirmLabel: string
  cancelLabel?: string
  danger?: boolean
  typeToConfirm?: TypeToConfirm
  onConfirm: () => void
  onCancel: () => void
}

export function ConfirmDialog({ title, children, confirmLabel, cancelLabel, danger, typeToConfirm, onConfirm, onCancel }: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const [typed, setTyped] = useState('')
  const titleId = useId()
  const bodyId = useId()
  const inputId = useId()

  useEffect(() => {
    const dialog = ref.current
    // The dialog is unmounted, not just closed, so the browser cannot give the focus back itself.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    if (dialog && !dialog.open) dialog.showModal()
    return () => {
      dialog?.close()
      if (opener?.isConnected) opener.focus()
    }
  }, [])

  const normalised = typed.trim().normalize('NFC')
  const accepted = !typeToConfirm || typeToConfirm.accepted.some((a) => a.trim().normalize('NFC') === normalised)

  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(e) => {
        e.preventDefault() // Escape: close through React state, not behind its back
        onCancel()
      }}
    >
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault()
          if (accepted) onConfirm()
        }}
      >
        <h2 id={titleId}>{title}</h2>
        <div id={bodyId} className="confirm-dialog__body">
          {children}
        </div>
        {typeToConfirm && (
          <div className="field">
            <label htmlFor={inputId}>{uiMessages.typeToConfirm(typeToConfirm.description)}</label>
            <input id={inputId} value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" spellCheck={false} dir="auto" />
          </div>
        )}
        <div className="button-row">
          <button type="button" className="button" onClick={onCancel} autoFocus={!typeToConfirm}>
            {cancelLabel ?? uiMessages.cancel}
          </button>
          <button type="submit" className={danger ? 'button button--danger' : 'button button--primary'} disabled={!accepted}>
            {confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  )
}
