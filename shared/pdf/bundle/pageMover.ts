// Moves all pages of a freshly loaded exhibit into the bundle. pdf-lib's copyPages clones every
// stream's bytes (contents.slice()), so a 90 MB bundle held a second 90 MB copy of its scans until
// the source document was collected. The exhibit's document is thrown away right after, so here
// stream bytes are shared instead of cloned; everything else follows pdf-lib's PDFObjectCopier
// (same traversal, inherited page attributes pulled down, /Parent dropped).
import { PDFArray, PDFDict, PDFName, PDFPage, PDFPageLeaf, PDFRawStream, PDFRef, PDFStream, type PDFContext, type PDFDocument, type PDFObject } from 'pdf-lib'

class ObjectMover {
  private readonly done = new Map<PDFObject, PDFObject>()

  constructor(
    private readonly src: PDFContext,
    private readonly dest: PDFContext
  ) {}

  move(object: PDFObject): PDFObject {
    if (object instanceof PDFPageLeaf) return this.page(object)
    if (object instanceof PDFDict) return this.dict(object)
    if (object instanceof PDFArray) return this.array(object)
    if (object instanceof PDFStream) return this.stream(object)
    if (object instanceof PDFRef) return this.ref(object)
    return object.clone()
  }

  private page(original: PDFPageLeaf): PDFObject {
    const page = original.clone()
    for (const name of PDFPageLeaf.InheritableEntries) {
      const key = PDFName.of(name)
      const value = page.getInheritableAttribute(key)
      if (!page.get(key) && value) page.set(key, value)
    }
    // Without /Parent, the donor's whole page tree is not dragged along.
    page.delete(PDFName.of('Parent'))
    return this.dict(page)
  }

  private dict(original: PDFDict): PDFObject {
    const seen = this.done.get(original)
    if (seen) return seen
    const copy = original.clone(this.dest)
    this.done.set(original, copy)
    for (const [key, value] of original.entries()) copy.set(key, this.move(value))
    return copy
  }

  private array(original: PDFArray): PDFObject {
    const seen = this.done.get(original)
    if (seen) return seen
    const copy = original.clone(this.dest)
    this.done.set(original, copy)
    for (let i = 0; i < original.size(); i++) copy.set(i, this.move(original.get(i)))
    return copy
  }

  private stream(original: PDFStream): PDFObject {
    const seen = this.done.get(original)
    if (seen) return seen
    // A parsed stream's bytes are never modified: share them rather than slice() a copy.
    const copy = original instanceof PDFRawStream ? PDFRawStream.of(original.dict.clone(this.dest), original.contents) : original.clone(this.dest)
    this.done.set(original, copy)
    for (const [key, value] of original.dict.entries()) copy.dict.set(key, this.move(value))
    return copy
  }

  private ref(original: PDFRef): PDFObject {
    const seen = this.done.get(original)
    if (seen) return seen
    const ref = this.dest.nextRef()
    this.done.set(original, ref)
    const value = this.src.lookup(original)
    if (value) this.dest.assign(ref, this.move(value))
    return ref
  }
}

/**
 * Copies every page of `source` into `bundle` (not yet added to its page tree) and returns them.
 * `source` must not be used afterwards: its stream bytes now belong to the bundle too.
 */
export function movePages(source: PDFDocument, bundle: PDFDocument): PDFPage[] {
  const mover = new ObjectMover(source.context, bundle.context)
  return source.getPages().map((page) => {
    const leaf = mover.move(page.node)
    if (!(leaf instanceof PDFPageLeaf)) throw new Error('A page did not copy as a page')
    return PDFPage.of(leaf, bundle.context.register(leaf), bundle)
  })
}
