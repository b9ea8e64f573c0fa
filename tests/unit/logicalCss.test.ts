// Every stylesheet under renderer/ uses logical properties only, so the Arabic UI (dir="rtl")
// mirrors by itself: no left/right in property names or keyword values, no four-value
// shorthand or corner radius that differs between the two sides, and no horizontal translate
// on an element placed with inset-inline-* (it centres in one direction only). Components'
// inline styles are held to the same rule.
import { readFileSync, readdirSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../..')

interface Finding {
  file: string
  line: number
  declaration: string
  why: string
}

function filesEndingIn(dir: string, ending: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : filesEndingIn(path, ending)
    return entry.name.endsWith(ending) ? [path] : []
  })
}

/** React inline styles (`style={{ … }}`) with a physical side: marginLeft, right: 0, textAlign: 'left', float: 'right'. */
export function physicalInlineStyles(tsx: string, file = '<inline>'): Finding[] {
  const findings: Finding[] = []
  for (const m of tsx.matchAll(/style=\{\{([^}]*)\}\}/g)) {
    const line = tsx.slice(0, m.index).split('\n').length
    for (const p of m[1]!.matchAll(/\b([a-zA-Z]*(Left|Right)[a-zA-Z]*|left|right)\s*:|\b(textAlign|float|clear)\s*:\s*['"](left|right)['"]/g)) {
      findings.push({ file, line, declaration: p[0], why: 'physical side in an inline style: use marginInlineStart, insetInlineEnd, textAlign: start…' })
    }
  }
  return findings
}

/** Comments blanked with spaces, so offsets (and line numbers) stay as in the file. */
function withoutComments(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
}

/** Splits on `;` outside quotes and parentheses (url(data:…;base64,…) stays whole). */
function splitDeclarations(body: string): { text: string; offset: number }[] {
  const parts: { text: string; offset: number }[] = []
  let depth = 0
  let quote: string | null = null
  let start = 0
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!
    if (quote) {
      if (c === quote && body[i - 1] !== '\\') quote = null
    } else if (c === '"' || c === "'") quote = c
    else if (c === '(') depth++
    else if (c === ')') depth--
    else if (c === ';' && depth === 0) {
      parts.push({ text: body.slice(start, i), offset: start })
      start = i + 1
    }
  }
  parts.push({ text: body.slice(start), offset: start })
  return parts.filter((p) => p.text.trim() !== '')
}

/** Top-level space-separated values ("0.3rem calc(1px + 2px) 0" → 3 values). */
function values(value: string): string[] {
  const out: string[] = []
  let depth = 0
  let current = ''
  for (const c of value.trim()) {
    if (c === '(') depth++
    if (c === ')') depth--
    if (/\s/.test(c) && depth === 0) {
      if (current) out.push(current)
      current = ''
    } else current += c
  }
  if (current) out.push(current)
  return out
}

const BOX_SHORTHANDS = new Set(['margin', 'padding', 'inset', 'border-width', 'border-style', 'border-color', 'scroll-margin', 'scroll-padding'])

/** Box shorthand: top right bottom left — the two sides differ only with four values. */
function boxSidesDiffer(value: string): boolean {
  const v = values(value)
  return v.length === 4 && v[1] !== v[3]
}

/** Corner radii (each side of an optional "/"): top-left top-right bottom-right bottom-left. */
function cornersDiffer(value: string): boolean {
  return value.split('/').some((half) => {
    const v = values(half)
    const [tl, tr, br, bl] = v.length === 1 ? [v[0], v[0], v[0], v[0]] : v.length === 2 ? [v[0], v[1], v[0], v[1]] : v.length === 3 ? [v[0], v[1], v[2], v[1]] : v
    return tl !== tr || br !== bl
  })
}

const isZero = (v: string | undefined): boolean => v === undefined || /^[-+]?0(\.0+)?([a-z%]+)?$/i.test(v)

/** A non-zero horizontal component in `translate:` or in transform's translate()/translateX(). */
function translatesHorizontally(property: string, value: string): boolean {
  if (property === 'translate') return !isZero(values(value)[0])
  if (property !== 'transform') return false
  return [...value.matchAll(/translate(X|3d)?\(([^)]*)\)/gi)].some((m) => !isZero(m[2]!.split(',')[0]!.trim()))
}

export function physicalDeclarations(css: string, file = '<inline>'): Finding[] {
  const text = withoutComments(css)
  const findings: Finding[] = []
  const lineAt = (offset: number): number => text.slice(0, offset).split('\n').length
  // Innermost blocks only: `@media … {` wrappers have no declarations of their own here.
  for (const block of text.matchAll(/[^{}]*\{([^{}]*)\}/g)) {
    const bodyStart = block.index + block[0].indexOf('{') + 1
    const declarations = splitDeclarations(block[1]!).flatMap(({ text: decl, offset }) => {
      const colon = decl.indexOf(':')
      if (colon < 0) return []
      const property = decl.slice(0, colon).trim().toLowerCase()
      const value = decl.slice(colon + 1).trim()
      const at = bodyStart + offset + (decl.length - decl.trimStart().length)
      return [{ property, value, at, declaration: `${property}: ${value}` }]
    })
    const inlinePositioned = declarations.some((d) => /^inset-inline(-start|-end)?$/.test(d.property))
    for (const d of declarations) {
      const add = (why: string): void => {
        findings.push({ file, line: lineAt(d.at), declaration: d.declaration, why })
      }
      // Strings and url() may say "left" legitimately (content: 'left out').
      const keywords = d.value.replace(/(['"])(?:\\.|(?!\1).)*\1/g, '""').replace(/url\([^)]*\)/gi, 'url()')
      if (/(^|-)(left|right)(-|$)/.test(d.property)) add('physical property: use its -inline-start/-inline-end (or inset-inline-*) form')
      else if (/(^|[^\w-])(left|right)([^\w-]|$)/i.test(keywords)) add('physical keyword: use start/end (text-align), inline-start/inline-end (float, clear), or a logical equivalent')
      else if (BOX_SHORTHANDS.has(d.property) && boxSidesDiffer(d.value)) add('four-value shorthand with different left and right: use the -block/-inline longhands')
      else if (d.property === 'border-radius' && cornersDiffer(d.value)) add('corners differ between left and right: use border-start-start-radius and friends')
      else if (inlinePositioned && translatesHorizontally(d.property, d.value)) add('horizontal translate on an inset-inline-* element centres in one direction only: centre with inset-inline + margin-inline: auto')
    }
  }
  return findings
}

describe('the checker itself', () => {
  it('flags every kind of physical declaration it is meant to', () => {
    const css = `
      .a { margin-left: 1rem; padding-right: 2px; border-left: 1px solid; border-top-right-radius: 3px; }
      .b { left: 0; right: auto; text-align: left; float: right; clear: left; background-position: right 1rem top; }
      @media (width < 40rem) { .c { margin: 0 1rem 0 2rem; border-radius: 4px 0 0 4px; border-radius: 4px 4px 0 0; } }
      .d { position: absolute; inset-inline-start: 50%; translate: -50% 0; }
      .e { inset-inline-start: 50%; transform: translateX(-50%); }`
    const found = physicalDeclarations(css).map((f) => f.declaration)
    expect(found).toEqual([
      'margin-left: 1rem',
      'padding-right: 2px',
      'border-left: 1px solid',
      'border-top-right-radius: 3px',
      'left: 0',
      'right: auto',
      'text-align: left',
      'float: right',
      'clear: left',
      'background-position: right 1rem top',
      'margin: 0 1rem 0 2rem',
      'border-radius: 4px 0 0 4px',
      'translate: -50% 0',
      'transform: translateX(-50%)'
    ])
  })

  it('leaves logical and symmetric declarations alone, and words inside strings', () => {
    const css = `
      /* margin-left in a comment is not a declaration */
      .a { margin-inline-start: 1rem; padding: 0.5rem 1rem; margin: 0.2rem 0 0; padding: 1px 2px 3px 2px; }
      .b { border-radius: 6px; border-radius: 0.3rem 0.3rem; border-start-start-radius: 3px; text-align: start; float: inline-end; }
      .c::after { content: 'left out'; background: url("data:image/svg+xml;utf8,<svg class='right'/>"); }
      .d { inset-inline: 0; margin-inline: auto; translate: 0 -50%; }
      .e { position: absolute; inset-block-start: 50%; transform: rotate(45deg) translateY(-50%); }
      .bright-left-ish { color: red; }`
    expect(physicalDeclarations(css)).toEqual([])
  })

  it('reports the line of the declaration', () => {
    const [finding] = physicalDeclarations('.a {\n  color: red;\n  margin-right: 0;\n}', 'x.css')
    expect(finding).toMatchObject({ file: 'x.css', line: 3, declaration: 'margin-right: 0' })
  })
})

describe('renderer stylesheets', () => {
  const files = filesEndingIn(join(root, 'renderer'), '.css')

  it('finds the stylesheets', () => {
    expect(files.length).toBeGreaterThanOrEqual(9)
  })

  it('use logical properties only, so dir="rtl" mirrors the whole UI', () => {
    const findings = files.flatMap((path) => physicalDeclarations(readFileSync(path, 'utf8'), relative(root, path)))
    expect(findings.map((f) => `${f.file}:${f.line}  ${f.declaration}  — ${f.why}`)).toEqual([])
  })
})

describe('renderer components', () => {
  it('the inline-style checker flags physical sides and leaves logical ones', () => {
    const tsx = `<div style={{ marginLeft: 4, insetInlineEnd: 0 }} /><p style={{ textAlign: 'right', paddingInlineStart: 2 }} /><span style={{ left: 0 }} /><b style={{ textAlign: 'start', width: '100%' }} />`
    expect(physicalInlineStyles(tsx).map((f) => f.declaration)).toEqual(['marginLeft:', "textAlign: 'right'", 'left:'])
  })

  it('use logical properties in their inline styles too', () => {
    const files = filesEndingIn(join(root, 'renderer'), '.tsx')
    expect(files.length).toBeGreaterThan(20)
    const findings = files.flatMap((path) => physicalInlineStyles(readFileSync(path, 'utf8'), relative(root, path)))
    expect(findings.map((f) => `${f.file}:${f.line}  ${f.declaration}`)).toEqual([])
  })
})
