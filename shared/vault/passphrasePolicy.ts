// First-run passphrase rules. A forgotten passphrase cannot be recovered (no escrow, by design),
// so the policy asks for length over complexity and shows a strength meter.
import { ZxcvbnFactory } from '@zxcvbn-ts/core'
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common'

export const MIN_PASSPHRASE_LENGTH = 12
/** zxcvbn score 0–4; 3 = "safely unguessable: moderate protection from offline slow-hash attacks". */
export const MIN_PASSPHRASE_SCORE = 3

let estimator: ZxcvbnFactory | undefined
function getEstimator(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({ dictionary: { ...dictionary }, graphs: adjacencyGraphs })
  return estimator
}

export interface PassphraseAssessment {
  /** 0 (very weak) – 4 (very strong). */
  score: 0 | 1 | 2 | 3 | 4
  acceptable: boolean
  problems: string[]
}

export function assessPassphrase(passphrase: string, confirmation?: string): PassphraseAssessment {
  const problems: string[] = []
  const length = [...passphrase].length
  if (length < MIN_PASSPHRASE_LENGTH) problems.push(`Use at least ${MIN_PASSPHRASE_LENGTH} characters (a few unrelated words work well).`)
  // Only the first 100 characters are scored: zxcvbn slows down sharply on long input.
  const score = length === 0 ? 0 : (getEstimator().check(passphrase.slice(0, 100)).score as PassphraseAssessment['score'])
  if (length >= MIN_PASSPHRASE_LENGTH && score < MIN_PASSPHRASE_SCORE)
    problems.push('This passphrase is too easy to guess. Add more unrelated words.')
  if (confirmation !== undefined && confirmation !== passphrase) problems.push('The two passphrases do not match.')
  return { score, acceptable: problems.length === 0, problems }
}
