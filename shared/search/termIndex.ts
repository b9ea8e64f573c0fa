// Inverted index of pre-folded terms. MiniSearch's radix tree (SearchableMap) supplies prefix and
// Levenshtein lookups; the postings are plain arrays because MiniSearch's own document index
// measured ~350 ms to add 5,000 dossiers on a 2-core machine, most of the build budget.
import SearchableMap from 'minisearch/SearchableMap'

/** Documents holding a term, and for each a bit mask of the fields it occurs in. */
interface Posting {
  docs: number[]
  masks: number[]
}

export interface LookupOptions {
  readonly prefix: boolean
  /** Maximum edit distance; 0 for none. */
  readonly maxEdits: number
}

/** Called once per matching term: its documents, their field masks and the quality of the match. */
export type PostingVisitor = (docs: readonly number[], masks: readonly number[], quality: number) => void

export class TermIndex {
  // Exact lookups and adds go through the hash map; the tree is only walked for prefix and fuzzy.
  private readonly postings = new Map<string, Posting>()
  private readonly tree = new SearchableMap<Posting>()
  private readonly dead = new Set<number>()
  private liveCount = 0

  get size(): number {
    return this.liveCount
  }

  /** Starts a document; call `addTerm` for its terms before starting the next one. */
  beginDocument(): void {
    this.liveCount++
  }

  addTerm(doc: number, fieldBit: number, term: string): void {
    let posting = this.postings.get(term)
    if (!posting) {
      posting = { docs: [], masks: [] }
      this.postings.set(term, posting)
      this.tree.set(term, posting)
    }
    const last = posting.docs.length - 1
    if (posting.docs[last] === doc) posting.masks[last] = (posting.masks[last] ?? 0) | fieldBit
    else {
      posting.docs.push(doc)
      posting.masks.push(fieldBit)
    }
  }

  isLive(doc: number): boolean {
    return !this.dead.has(doc)
  }

  /** Forgets a document: its postings are skipped now and compacted away in batches. */
  removeDocument(doc: number): void {
    if (this.dead.has(doc)) return
    this.dead.add(doc)
    this.liveCount--
    if (this.dead.size > Math.max(64, this.liveCount / 8)) this.vacuum()
  }

  /** Inverse document frequency: rarer terms say more about which dossier is meant. */
  idf(docCount: number): number {
    return Math.log(1 + Math.max(this.liveCount, 1) / Math.max(docCount, 1))
  }

  /** Visits the exact term, then (if asked) longer terms it is a prefix of, then terms within the edit distance. */
  lookup(term: string, options: LookupOptions, visit: PostingVisitor): void {
    const exact = this.postings.get(term)
    if (exact) visit(exact.docs, exact.masks, 1)
    if (options.prefix) {
      for (const [key, posting] of this.tree.atPrefix(term).entries()) {
        // Completing a word is a good match, and better the more of it has been typed.
        if (key !== term) visit(posting.docs, posting.masks, 0.3 + (0.5 * term.length) / key.length)
      }
    }
    if (options.maxEdits > 0) {
      for (const [key, [posting, distance]] of this.tree.fuzzyGet(term, options.maxEdits)) {
        if (distance > 0 && !(options.prefix && key.startsWith(term))) visit(posting.docs, posting.masks, distance === 1 ? 0.5 : 0.3)
      }
    }
  }

  private vacuum(): void {
    for (const [term, posting] of this.postings) {
      const docs: number[] = []
      const masks: number[] = []
      posting.docs.forEach((doc, i) => {
        if (!this.dead.has(doc)) {
          docs.push(doc)
          masks.push(posting.masks[i] ?? 0)
        }
      })
      if (docs.length === 0) {
        this.postings.delete(term)
        this.tree.delete(term)
      } else {
        posting.docs = docs
        posting.masks = masks
      }
    }
    this.dead.clear()
  }
}
