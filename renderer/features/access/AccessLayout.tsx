// The frame of the screens shown while no dossier is readable.
import type { ReactNode } from 'react'
import { accessMessages } from './messages'

export function AccessLayout({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="access">
      <div className="access__card">
        <p className="access__brand">
          <span className="brand-mark" aria-hidden="true" />
          {accessMessages.appName}
        </p>
        <h1>{title}</h1>
        {children}
      </div>
      <p className="access__tagline">{accessMessages.tagline}</p>
    </main>
  )
}
