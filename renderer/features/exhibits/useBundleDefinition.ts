// The matter's bundle arrangement, kept in step with its exhibits: created on the first visit,
// new bundleable exhibits appended to the last section, deleted ones dropped. Every change is
// saved at once; a failed save leaves the stored arrangement as it was and says so.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { matterPreflight, isBundleable } from '@shared/exhibits'
import type { BundleDefinition } from '@shared/exhibits/bundleDefinition'
import type { Exhibit, PreflightFinding } from '@shared/exhibits/exhibitRecord'
import { useSession } from '../../src/session'
import { initialDefinition, reconcile } from './bundleArrangement'
import { exhibitMessages as m } from './messages'

export interface MatterEvidence {
  exhibits: Exhibit[]
  byId: Map<string, Exhibit>
  findings: Map<string, PreflightFinding[]>
  bundleable: Exhibit[]
  /** PDF/JPEG/PNG exhibits with a pre-flight error, left out of the bundle. */
  excluded: Exhibit[]
}

export function useMatterEvidence(matterId: string): MatterEvidence {
  const session = useSession()
  const exhibits = session.exhibits.list(matterId)
  const version = session.version
  // Keyed on the vault's version: list() gives a new array on every render.
  return useMemo(() => {
    const findings = matterPreflight(exhibits)
    const media = exhibits.filter((e) => e.kind !== 'other')
    return {
      exhibits,
      byId: new Map(exhibits.map((e) => [e.id, e])),
      findings,
      bundleable: media.filter((e) => isBundleable(e, findings.get(e.id) ?? [])),
      excluded: media.filter((e) => !isBundleable(e, findings.get(e.id) ?? []))
    }
  }, [version, matterId])
}

export function useBundleDefinition(dossierId: string, matterId: string, title: string, evidence: MatterEvidence) {
  const session = useSession()
  const stored = session.exhibits.bundleDefinition(matterId)
  const [failure, setFailure] = useState<string | null>(null)
  const [savedNote, setSavedNote] = useState(false)
  const saving = useRef(false)

  const wanted = useMemo(() => {
    const now = new Date().toISOString()
    if (!stored) {
      return {
        definition: initialDefinition({ matterId, dossierId, title, firstSectionTitle: m.firstSection, newId: () => crypto.randomUUID(), now }, evidence.bundleable),
        changed: true
      }
    }
    return reconcile(stored, evidence.bundleable, now)
  }, [stored, evidence, matterId, dossierId, title])

  // Store the first arrangement, or one brought in step with the exhibits.
  useEffect(() => {
    if (!wanted.changed || saving.current) return
    saving.current = true
    session.exhibits
      .saveBundleDefinition(wanted.definition)
      .catch(() => setFailure(m.arrangementFailed))
      .finally(() => (saving.current = false))
  }, [wanted, session])

  const change = useCallback(
    async (next: (d: BundleDefinition) => BundleDefinition): Promise<boolean> => {
      setFailure(null)
      setSavedNote(false)
      try {
        await session.exhibits.saveBundleDefinition(next(wanted.definition))
        setSavedNote(true)
        return true
      } catch {
        setFailure(m.arrangementFailed)
        return false
      }
    },
    [session, wanted]
  )

  return { definition: wanted.definition, change, failure, savedNote, clearFailure: () => setFailure(null) }
}
