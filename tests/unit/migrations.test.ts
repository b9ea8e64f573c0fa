import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { RecordValidationError, RecordVersionError, isOutdated, upgradeRecord, type RecordKindSpec } from '@shared/vault/migrations'

// A kind at version 3 whose v1 stored "name" and v2 split it into given/family names.
const Person = z.object({ given: z.string(), family: z.string(), email: z.string() }).strict()
const personKind: RecordKindSpec<z.infer<typeof Person>> = {
  kind: 'person',
  currentVersion: 3,
  schema: Person,
  steps: {
    1: (old) => {
      const { name } = z.object({ name: z.string() }).parse(old)
      const [given = '', ...rest] = name.split(' ')
      return { given, family: rest.join(' ') }
    },
    2: (old) => ({ ...z.object({ given: z.string(), family: z.string() }).parse(old), email: '' })
  }
}

describe('record migrations', () => {
  it('upgrades an old record step by step before validating it', () => {
    expect(upgradeRecord(personKind, 1, { name: 'Nodira Rahimova' })).toEqual({ given: 'Nodira', family: 'Rahimova', email: '' })
    expect(upgradeRecord(personKind, 2, { given: 'A', family: 'B' })).toEqual({ given: 'A', family: 'B', email: '' })
  })

  it('refuses a record written by a newer version', () => {
    expect(() => upgradeRecord(personKind, 4, {})).toThrow(RecordVersionError)
  })

  it('names the invalid fields but never their values', () => {
    try {
      upgradeRecord(personKind, 3, { given: 'Secret Name', family: 42, email: '' })
      throw new Error('should have thrown')
    } catch (e) {
      expect(e).toBeInstanceOf(RecordValidationError)
      expect((e as Error).message).toContain('family')
      expect((e as Error).message).not.toContain('Secret Name')
    }
  })

  it('reports a step that throws by kind and versions, never with what the step saw', () => {
    const err = (() => {
      try {
        upgradeRecord(personKind, 1, { name: 42, secret: 'Nodira Rahimova' })
      } catch (e) {
        return e
      }
    })()
    expect(err).toBeInstanceOf(RecordVersionError)
    expect((err as Error).message).toBe('A stored person record (version 1) could not be upgraded from version 1 to 2. It was left as it was; restore it from a backup.')
  })

  it('says which stored versions need steps', () => {
    expect([1, 2, 3, 4].map((v) => isOutdated(personKind, v))).toEqual([true, true, false, false])
  })
})
