// Sections and the order of exhibits in them. Reordering works by drag and drop and, for the
// keyboard, with Move up / Move down and "Move to section"; every change is saved at once.
import { useState, type DragEvent } from 'react'
import type { BundleDefinition } from '@shared/exhibits/bundleDefinition'
import type { Exhibit } from '@shared/exhibits/exhibitRecord'
import { BundleSection } from '@shared/exhibits/bundleDefinition'
import { SelectField, TextField } from '../../src/ui/fields'
import { addSection, moveExhibit, moveExhibitTo, removeSection, renameSection } from './bundleArrangement'
import { exhibitMessages as m } from './messages'

type Change = (next: (d: BundleDefinition) => BundleDefinition) => Promise<boolean>

interface Props {
  definition: BundleDefinition
  byId: ReadonlyMap<string, Exhibit>
  onChange: Change
  disabled: boolean
}

const now = () => new Date().toISOString()

export function BundleArrangementEditor({ definition, byId, onChange, disabled }: Props) {
  const [dragging, setDragging] = useState<string | null>(null)
  const frozen = new Map((definition.numbering?.exhibits ?? []).map((f) => [f.exhibitId, f.label]))
  const order = definition.sections.flatMap((s) => s.exhibitIds)
  const sectionOptions = definition.sections.map((s) => ({ value: s.id, label: s.title }))

  // A button that becomes disabled under the focus (moved to the very top or bottom) would drop
  // keyboard users at the start of the page: hand the focus to the other direction instead.
  const move = async (id: string, delta: -1 | 1) => {
    if (!(await onChange((d) => moveExhibit(d, id, delta, now())))) return
    requestAnimationFrame(() => {
      const self = document.getElementById(`move-${delta < 0 ? 'up' : 'down'}-${id}`)
      if (self instanceof HTMLButtonElement && self.disabled) document.getElementById(`move-${delta < 0 ? 'down' : 'up'}-${id}`)?.focus()
    })
  }

  const drop = (e: DragEvent, sectionId: string, beforeId: string | null) => {
    e.preventDefault()
    e.stopPropagation()
    const id = dragging ?? e.dataTransfer.getData('text/plain')
    setDragging(null)
    if (id && !disabled) void onChange((d) => moveExhibitTo(d, id, { sectionId, beforeId }, now()))
  }

  return (
    <div className="bundle-sections">
      <p className="field-hint">{m.dragHint}</p>
      {definition.sections.map((section, sectionIndex) => (
        <section key={section.id} className="bundle-section" aria-label={section.title}>
          <SectionHead section={section} canRemove={definition.sections.length > 1} disabled={disabled} onChange={onChange} />
          {section.exhibitIds.length === 0 ? (
            <p className="muted bundle-section__empty" onDragOver={(e) => e.preventDefault()} onDrop={(e) => drop(e, section.id, null)}>
              {m.emptySection}
            </p>
          ) : (
            <ol className="bundle-order" onDragOver={(e) => e.preventDefault()} onDrop={(e) => drop(e, section.id, null)}>
              {section.exhibitIds.map((id, index) => {
                const exhibit = byId.get(id)
                if (!exhibit) return null
                const position = order.indexOf(id) + 1
                const label = definition.numbering ? (frozen.get(id) ?? null) : String(position)
                const first = sectionIndex === 0 && index === 0
                const last = sectionIndex === definition.sections.length - 1 && index === section.exhibitIds.length - 1
                return (
                  <li
                    key={id}
                    className={`bundle-item${dragging === id ? ' bundle-item--dragging' : ''}`}
                    draggable={!disabled}
                    onDragStart={(e) => {
                      e.dataTransfer.setData('text/plain', id)
                      e.dataTransfer.effectAllowed = 'move'
                      setDragging(id)
                    }}
                    onDragEnd={() => setDragging(null)}
                    onDragOver={(e) => e.preventDefault()}
                    onDrop={(e) => drop(e, section.id, id)}
                  >
                    <span className="bundle-item__label">{label ?? <span className="exhibit-badge exhibit-badge--warning">{m.lateInsertion}</span>}</span>
                    <span className="bundle-item__title" dir="auto">
                      {exhibit.title}
                    </span>
                    <span className="bundle-item__facts">
                      {[exhibit.documentDate ?? m.undated, exhibit.kind === 'pdf' && exhibit.pageCount !== null ? m.pages(exhibit.pageCount) : m.kindLabels[exhibit.kind]].join(' · ')}
                    </span>
                    <span className="button-row bundle-item__actions">
                      <button type="button" id={`move-up-${id}`} className="button button--small" disabled={disabled || first} aria-label={m.named(m.moveUp, exhibit.title)} onClick={() => void move(id, -1)}>
                        {m.moveUp}
                      </button>
                      <button type="button" id={`move-down-${id}`} className="button button--small" disabled={disabled || last} aria-label={m.named(m.moveDown, exhibit.title)} onClick={() => void move(id, 1)}>
                        {m.moveDown}
                      </button>
                      {definition.sections.length > 1 && (
                        <SelectField
                          id={`move-to-${id}`}
                          label={m.named(m.moveToSection, exhibit.title)}
                          className="bundle-item__move"
                          value={section.id}
                          options={sectionOptions}
                          onChange={(sectionId) => void onChange((d) => moveExhibitTo(d, id, { sectionId, beforeId: null }, now()))}
                        />
                      )}
                    </span>
                  </li>
                )
              })}
            </ol>
          )}
        </section>
      ))}
      <button
        type="button"
        className="button"
        disabled={disabled || definition.sections.length >= 50}
        onClick={() => void onChange((d) => addSection(d, crypto.randomUUID(), m.newSectionTitle(d.sections.length + 1), now()))}
      >
        {m.addSection}
      </button>
    </div>
  )
}

function SectionHead({ section, canRemove, disabled, onChange }: { section: BundleSection; canRemove: boolean; disabled: boolean; onChange: Change }) {
  const [editing, setEditing] = useState<string | null>(null)
  const [error, setError] = useState<string | undefined>()
  const save = async () => {
    if (editing === null) return
    const parsed = BundleSection.shape.title.safeParse(editing)
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message)
      return
    }
    if (await onChange((d) => renameSection(d, section.id, parsed.data, now()))) setEditing(null)
  }
  if (editing !== null)
    return (
      <form
        className="bundle-section__rename"
        onSubmit={(e) => {
          e.preventDefault()
          void save()
        }}
        noValidate
      >
        <TextField id={`section-${section.id}-title`} label={m.sectionTitle} dirAuto value={editing} onChange={(v) => (setEditing(v), setError(undefined))} error={error} />
        <div className="button-row">
          <button type="button" className="button" onClick={() => (setEditing(null), setError(undefined))}>
            {m.cancel}
          </button>
          <button type="submit" className="button button--primary">
            {m.saveSectionTitle}
          </button>
        </div>
      </form>
    )
  return (
    <div className="bundle-section__head">
      <h3 dir="auto">{section.title}</h3>
      <div className="button-row">
        <button type="button" className="button button--small" disabled={disabled} aria-label={m.named(m.renameSection, section.title)} onClick={() => setEditing(section.title)}>
          {m.renameSection}
        </button>
        {canRemove && (
          <button
            type="button"
            className="button button--small button--quiet-danger"
            disabled={disabled}
            aria-label={m.named(m.removeSection, section.title)}
            title={m.removeSectionNote}
            onClick={() => void onChange((d) => removeSection(d, section.id, now()))}
          >
            {m.removeSection}
          </button>
        )}
      </div>
    </div>
  )
}
