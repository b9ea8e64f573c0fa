// The PDF outline (bookmarks panel). pdf-lib has no outline API, so the /Outlines tree is built
// from low-level objects (PDF 32000-1 §12.3.3): a root dictionary, and per entry /Title,
// /Parent, /Prev, /Next, /First, /Last, /Count and a /Dest into the page.
import { PDFHexString, PDFName, type PDFDocument, type PDFRef } from 'pdf-lib'

export interface OutlineTarget {
  readonly title: string
  /** 1 = top level; a deeper entry nests under the nearest shallower one before it. */
  readonly level: number
  readonly page: PDFRef
  /** y of the destination's top edge on the page. */
  readonly top: number
}

interface Node {
  readonly target?: OutlineTarget
  readonly ref: PDFRef
  readonly children: Node[]
}

const descendants = (node: Node): number => node.children.reduce((sum, child) => sum + 1 + descendants(child), 0)

/** Writes the tree and opens the viewer with the bookmarks panel showing. No entries: no outline. */
export function writeOutline(doc: PDFDocument, targets: readonly OutlineTarget[]): void {
  if (targets.length === 0) return
  const context = doc.context
  const root: Node = { ref: context.nextRef(), children: [] }
  // A stack of open ancestors: a level-3 heading straight after a level-1 still nests under it.
  const stack: Node[] = []
  for (const target of targets) {
    while (stack.length > 0 && stack[stack.length - 1]!.target!.level >= target.level) stack.pop()
    const node: Node = { target, ref: context.nextRef(), children: [] }
    ;(stack[stack.length - 1] ?? root).children.push(node)
    stack.push(node)
  }

  const writeChildren = (parent: Node): void => {
    parent.children.forEach((node, i, siblings) => {
      const { title, page, top } = node.target!
      const entry = context.obj({
        Title: PDFHexString.fromText(title),
        Parent: parent.ref,
        Dest: [page, 'XYZ', null, top, null]
      })
      const prev = siblings[i - 1]
      const next = siblings[i + 1]
      if (prev) entry.set(PDFName.of('Prev'), prev.ref)
      if (next) entry.set(PDFName.of('Next'), next.ref)
      const first = node.children[0]
      const last = node.children[node.children.length - 1]
      if (first && last) {
        entry.set(PDFName.of('First'), first.ref)
        entry.set(PDFName.of('Last'), last.ref)
        // Positive: the entry opens expanded, showing all its descendants.
        entry.set(PDFName.of('Count'), context.obj(descendants(node)))
      }
      context.assign(node.ref, entry)
      writeChildren(node)
    })
  }
  writeChildren(root)

  const outlines = context.obj({
    Type: 'Outlines',
    First: root.children[0]!.ref,
    Last: root.children[root.children.length - 1]!.ref,
    Count: descendants(root)
  })
  context.assign(root.ref, outlines)
  doc.catalog.set(PDFName.of('Outlines'), root.ref)
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
}
