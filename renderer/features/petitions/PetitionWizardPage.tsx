// The wizard: one screen per step of the request type, then review (every answer, pre-flight,
// guidance) and export. Next checks the step (validateStep) and saves the draft encrypted; Back
// saves without checking, and since one draft object holds every section nothing later is lost.
import { useEffect, useRef, useState } from 'react'
import { STEPS, validateStep, type PetitionDraft, type StepId } from '@shared/petitions'
import { useNavigation, useUnsavedChanges } from '../../src/navigation'
import { useSession } from '../../src/session'
import { FormAlert } from '../../src/ui/fields'
import { PageHeading } from '../../src/ui/PageHeading'
import { uiMessages } from '../../src/ui/messages'
import { useFormErrors, type FieldErrors } from '../../src/ui/formErrors'
import { ExportScreen } from './ExportScreen'
import { petitionMessages as m } from './messages'
import { ReviewScreen } from './ReviewScreen'
import { StepFields } from './StepForms'

export type Screen = StepId | 'review' | 'export'

export function PetitionWizardPage({ draftId }: { draftId: string }) {
  const session = useSession()
  const record = session.getPetitionDraft(draftId)
  if (!record) {
    return (
      <div className="page">
        <p role="alert">{m.notFound}</p>
      </div>
    )
  }
  return <Wizard initial={record.draft} resumeAt={record.resumeAt} />
}

function Wizard({ initial, resumeAt }: { initial: PetitionDraft; resumeAt: string }) {
  const session = useSession()
  const { navigate } = useNavigation()
  const steps = STEPS[initial.requestType]
  const screens: readonly Screen[] = [...steps, 'review', 'export']
  const [screen, setScreen] = useState<Screen>(screens.includes(resumeAt as Screen) ? (resumeAt as Screen) : steps[0]!)
  const [draft, setDraft] = useState(initial)
  const [savedJson, setSavedJson] = useState(() => JSON.stringify(initial))
  const [saving, setSaving] = useState(false)
  const [saveError, setSaveError] = useState<string | null>(null)
  const formRef = useRef<HTMLFormElement>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const { errors, count, fail, clear } = useFormErrors(formRef)
  const dirty = JSON.stringify(draft) !== savedJson
  useUnsavedChanges(dirty)

  useEffect(() => {
    headingRef.current?.focus()
  }, [screen])

  const save = async (next: Screen, current: PetitionDraft = draft): Promise<boolean> => {
    setSaving(true)
    setSaveError(null)
    try {
      const saved = await session.savePetitionDraft(current, next)
      setDraft(saved.draft)
      setSavedJson(JSON.stringify(saved.draft))
      return true
    } catch {
      setSaveError(uiMessages.saveFailed)
      return false
    } finally {
      setSaving(false)
    }
  }

  const goTo = async (next: Screen) => {
    clear()
    if (await save(next)) setScreen(next)
  }

  const onNext = async () => {
    if (screen === 'review' || screen === 'export') return
    const result = validateStep(draft, screen)
    if (!result.ok) {
      const next: Record<string, string> = {}
      for (const issue of result.issues) next[fieldPath(issue.path)] ??= issue.message
      fail(next)
      return
    }
    await goTo(screens[screens.indexOf(screen) + 1]!)
  }

  const index = screens.indexOf(screen)
  const title = screen === 'review' ? m.reviewTitle : screen === 'export' ? m.exportTitle : m.stepTitles[screen]
  return (
    <div className="page petition">
      <PageHeading>{m.petitionTypes[draft.requestType]}</PageHeading>
      <p className="page-subtitle" dir="auto">
        {draft.applicant.legalName}
      </p>
      <nav aria-label={m.steps} className="petition-steps">
        <ol>
          {screens.map((s, i) => (
            <li key={s}>
              <button type="button" className={`button button--quiet${s === screen ? ' petition-steps__current' : ''}`} aria-current={s === screen ? 'step' : undefined} disabled={saving} onClick={() => void goTo(s)}>
                {i + 1}. {s === 'review' ? m.review : s === 'export' ? m.exportTitle : m.stepTitles[s]}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <section className="panel petition-screen" aria-labelledby="petition-screen-heading">
        <p className="muted">{m.stepOf(index + 1, screens.length)}</p>
        <h2 id="petition-screen-heading" ref={headingRef} tabIndex={-1}>
          {title}
        </h2>
        <FormAlert>{saveError}</FormAlert>
        {screen === 'review' ? (
          <ReviewScreen draft={draft} onEdit={(s) => void goTo(s)} onExport={() => void goTo('export')} />
        ) : screen === 'export' ? (
          <ExportScreen draft={draft} />
        ) : (
          <form
            ref={formRef}
            aria-label={title}
            noValidate
            onSubmit={(e) => {
              e.preventDefault()
              void onNext()
            }}
          >
            <StepErrors errors={errors} count={count} />
            <StepFields step={screen} draft={draft} update={(change) => setDraft((d) => change(d))} errors={errors} />
            <div className="button-row petition-nav">
              {index > 0 && (
                <button type="button" className="button" disabled={saving} onClick={() => void goTo(screens[index - 1]!)}>
                  {m.back}
                </button>
              )}
              <button type="submit" className="button button--primary" disabled={saving}>
                {saving ? m.saving : index === steps.length - 1 ? m.toReview : m.next}
              </button>
            </div>
          </form>
        )}
        {(screen === 'review' || screen === 'export') && (
          <div className="button-row petition-nav">
            <button type="button" className="button" disabled={saving} onClick={() => void goTo(screens[index - 1]!)}>
              {m.back}
            </button>
            <button type="button" className="button" onClick={() => navigate({ page: 'dossier', dossierId: draft.dossierId })}>
              {m.backToDossier}
            </button>
          </div>
        )}
      </section>
    </div>
  )
}

/** Step issues on list items name the item; checkbox lists report on the list itself. */
function fieldPath(path: string): string {
  if (/^facts$|^grounds\.chosen(\.\d+)?(\.groundId)?$/.test(path)) return path.startsWith('grounds') ? 'grounds.chosen' : 'facts'
  return path
}

function StepErrors({ errors, count }: { errors: FieldErrors; count: number }) {
  if (count === 0) return null
  return (
    <FormAlert>
      <p>{m.stepErrors(count)}</p>
      <ul>
        {Object.entries(errors).map(([path, message]) => (
          <li key={path}>{message}</li>
        ))}
      </ul>
    </FormAlert>
  )
}
