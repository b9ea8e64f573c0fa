// Records carry their schema version in the envelope (`v`, bound into the AAD). Reading an older
// record runs it through the steps up to the current version before zod sees it.
import type { z } from 'zod'

export type MigrationStep = (older: unknown) => unknown

export interface RecordKindSpec<T> {
  kind: string
  currentVersion: number
  schema: z.ZodType<T>
  /** steps[n] upgrades a version-n record to version n+1. */
  steps: Readonly<Record<number, MigrationStep>>
}

/** True when a record stored at `version` must go through steps before it can be read. */
export function isOutdated(spec: Pick<RecordKindSpec<unknown>, 'currentVersion'>, version: number): boolean {
  return version < spec.currentVersion
}

export class RecordVersionError extends Error {
  constructor(readonly kind: string, readonly version: number, reason: string) {
    super(`A stored ${kind} record (version ${version}) ${reason}`)
    this.name = 'RecordVersionError'
  }
}

export class RecordValidationError extends Error {
  constructor(readonly kind: string, readonly fields: string[]) {
    super(`A stored ${kind} record is not valid (fields: ${fields.join(', ') || 'record'}). It was left as it was; restore it from a backup.`)
    this.name = 'RecordValidationError'
  }
}

/** Upgrade and validate one decrypted record. Error messages name fields, never values. */
export function upgradeRecord<T>(spec: RecordKindSpec<T>, version: number, value: unknown): T {
  if (version > spec.currentVersion)
    throw new RecordVersionError(spec.kind, version, 'was written by a newer version of Redress. Update Redress to open it.')
  let current = value
  for (let v = version; v < spec.currentVersion; v++) {
    const step = spec.steps[v]
    if (!step) throw new RecordVersionError(spec.kind, version, `has no upgrade path from version ${v}.`)
    try {
      current = step(current)
    } catch {
      // A step's own error may quote the record (zod issues, thrown strings): say where it failed, not what it saw.
      throw new RecordVersionError(spec.kind, version, `could not be upgraded from version ${v} to ${v + 1}. It was left as it was; restore it from a backup.`)
    }
  }
  const parsed = spec.schema.safeParse(current)
  if (!parsed.success) throw new RecordValidationError(spec.kind, parsed.error.issues.map((i) => i.path.join('.')))
  return parsed.data
}
