// zod issues → one message per field path ("legalName", "contact.email", "idDocuments.0.number"),
// in the UI language (the schemas in shared/ write English; see renderer/i18n/schemaMessages.ts).
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react'
import { localiseSchemaMessage } from '../../i18n/schemaMessages'
import { fieldMessage } from './messages'

export type FieldErrors = Readonly<Record<string, string>>

interface Issue {
  readonly path: readonly PropertyKey[]
  readonly message: string
}

/**
 * Keeps the first message per path. `labelFor` names fields whose schema message does not
 * (dates, countries, language codes) so the message reads "Date of birth: use the form …".
 */
export function errorsFromIssues(issues: readonly Issue[], labelFor: (path: string) => string | undefined, stripPrefix = ''): FieldErrors {
  const errors: Record<string, string> = {}
  for (const issue of issues) {
    let path = issue.path.map(String).join('.')
    if (stripPrefix && path.startsWith(`${stripPrefix}.`)) path = path.slice(stripPrefix.length + 1)
    if (errors[path] !== undefined) continue
    const label = labelFor(path)
    errors[path] = label ? fieldMessage(label, issue.message) : localiseSchemaMessage(issue.message)
  }
  return errors
}

/** Error state of a form, plus moving the focus to the first invalid field after each failed save. */
export function useFormErrors(formRef: RefObject<HTMLFormElement | null>) {
  const [errors, setErrorsState] = useState<FieldErrors>({})
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    if (attempt === 0) return
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [attempt, formRef])

  const fail = useCallback((next: FieldErrors) => {
    setErrorsState(next)
    setAttempt((n) => n + 1)
  }, [])
  const clear = useCallback(() => setErrorsState({}), [])
  /** Drops the message of one field once the lawyer edits it. */
  const clearField = useCallback((path: string) => {
    setErrorsState((e) => {
      if (e[path] === undefined) return e
      const { [path]: _removed, ...rest } = e
      return rest
    })
  }, [])
  const count = Object.keys(errors).length
  return { errors, count, fail, clear, clearField }
}

/** Serialised comparison of a form's values with what it started from. */
export function useDirty<T>(initial: T, current: T): boolean {
  const start = useRef(JSON.stringify(initial))
  return JSON.stringify(current) !== start.current
}
