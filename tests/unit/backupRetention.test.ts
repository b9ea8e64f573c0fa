// Pruning a scheduled-backup folder: only names Redress gives scheduled backups are ever deleted,
// the newest N (counting the one just written) stay, and the just-written file is never deleted.
import { describe, expect, it } from 'vitest'
import { backupsToPrune, isScheduledBackupName, isScheduledPartialName, scheduledBackupStamp } from '@shared/backup/backupRetention'
import { backupFileName } from '../../renderer/backup/backupVault'

const name = (stamp: string) => `Redress backup ${stamp}.redress-backup`

describe('scheduled backup names', () => {
  it('recognises exactly what backupFileName produces', () => {
    const produced = backupFileName(new Date(2026, 10, 23, 14, 5))
    expect(produced).toBe('Redress backup 2026-11-23 1405.redress-backup')
    expect(isScheduledBackupName(produced)).toBe(true)
    expect(scheduledBackupStamp(produced)).toBe('202611231405')
  })

  it.each([
    ['a copy', 'Copy of Redress backup 2026-11-23 1405.redress-backup'],
    ['a partial', 'Redress backup 2026-11-23 1405.redress-backup.a1b2c3d4e5f6.partial'],
    ['another extension', 'Redress backup 2026-11-23 1405.redress-backup.txt'],
    ['a numbered duplicate', 'Redress backup 2026-11-23 1405 (2).redress-backup'],
    ['other case', 'redress backup 2026-11-23 1405.redress-backup'],
    ['a trailing space', 'Redress backup 2026-11-23 1405.redress-backup '],
    ['a leading space', ' Redress backup 2026-11-23 1405.redress-backup'],
    ['no time', 'Redress backup 2026-11-23.redress-backup'],
    ['a month 13', 'Redress backup 2026-13-01 1405.redress-backup'],
    ['30 February', 'Redress backup 2026-02-30 1405.redress-backup'],
    ['hour 24', 'Redress backup 2026-11-23 2405.redress-backup'],
    ['Arabic-Indic digits', 'Redress backup ٢٠٢٦-11-23 1405.redress-backup'],
    ['a non-breaking space', 'Redress\u00a0backup 2026-11-23 1405.redress-backup'],
    ['a newline', 'Redress backup 2026-11-23 1405.redress-backup\n'],
    ['a hand-over', 'Redress hand-over 2026-11-23.zip'],
    ['a path', '../Redress backup 2026-11-23 1405.redress-backup']
  ])('does not claim %s', (_what, other) => {
    expect(isScheduledBackupName(other)).toBe(false)
  })
})

describe('backupsToPrune', () => {
  const days = ['2026-11-01 0900', '2026-11-02 0900', '2026-11-03 0900', '2026-11-04 0900', '2026-11-05 0900'].map(name)

  it('keeps the newest N including the one just written, deleting oldest first', () => {
    const justWritten = name('2026-11-06 0900')
    expect(backupsToPrune({ names: [...days, justWritten], keepLast: 3, justWritten })).toEqual([days[0], days[1], days[2]])
  })

  it('orders by the date in the name, not by listing order', () => {
    const justWritten = name('2026-11-06 0900')
    const shuffled = [days[3], justWritten, days[0], days[4], days[2], days[1]] as string[]
    expect(backupsToPrune({ names: shuffled, keepLast: 2, justWritten })).toEqual([days[0], days[1], days[2], days[3]])
  })

  it('sorts across year, month and minute boundaries', () => {
    const names = [name('2025-12-31 2359'), name('2026-01-01 0000'), name('2026-01-01 0001'), name('2025-09-30 2359')]
    expect(backupsToPrune({ names, keepLast: 2, justWritten: name('2026-01-01 0001') })).toEqual([name('2025-09-30 2359'), name('2025-12-31 2359')])
  })

  it('never deletes the just-written file, even when a clock set back makes it the oldest', () => {
    const justWritten = name('2020-01-01 0000')
    const result = backupsToPrune({ names: [...days, justWritten], keepLast: 2, justWritten })
    expect(result).not.toContain(justWritten)
    expect(result).toEqual([days[0], days[1], days[2], days[3]])
  })

  it('never touches other files, however similar', () => {
    const others = [
      'Copy of ' + days[0],
      `${days[0]}.0123456789ab.partial`,
      days[1]!.toLowerCase(),
      'Redress backup 2026-02-30 1405.redress-backup',
      'notes.docx',
      'Redress backup 2019-01-01 0000.redress-backup.txt'
    ]
    const justWritten = name('2026-11-06 0900')
    const result = backupsToPrune({ names: [...others, justWritten, days[4]!], keepLast: 1, justWritten })
    expect(result).toEqual([days[4]])
  })

  it('keeps everything when there are no more than N', () => {
    const justWritten = name('2026-11-06 0900')
    expect(backupsToPrune({ names: [...days, justWritten], keepLast: 6, justWritten })).toEqual([])
    expect(backupsToPrune({ names: [], keepLast: 1, justWritten })).toEqual([])
  })

  it('refuses a keepLast outside 1..100 instead of deleting everything', () => {
    for (const keepLast of [0, -1, 1.5, 101, Number.NaN]) expect(() => backupsToPrune({ names: days, keepLast, justWritten: name('2026-11-06 0900') })).toThrow()
  })
})

describe('isScheduledPartialName', () => {
  it('recognises only the partial of a scheduled backup name', () => {
    expect(isScheduledPartialName(`${name('2026-11-23 1405')}.0123456789ab.partial`)).toBe(true)
    for (const other of [
      `${name('2026-11-23 1405')}.partial`,
      `${name('2026-11-23 1405')}.0123456789AB.partial`,
      `${name('2026-11-23 1405')}.0123456789a.partial`,
      `My backup.redress-backup.0123456789ab.partial`,
      `Redress backup 2026-02-30 1405.redress-backup.0123456789ab.partial`,
      `${name('2026-11-23 1405')}.0123456789ab.partial.txt`,
      name('2026-11-23 1405')
    ])
      expect(isScheduledPartialName(other)).toBe(false)
  })
})
