// Settings → erase this vault from this device (issue 6, part 5). Typed confirmation only, no
// passphrase: a panic wipe must be quick, and whoever has the unlocked vault could read it anyway.
import { useId, useState } from 'react'
import { EraseVaultDialog } from './EraseVaultDialog'
import { settingsMessages as m } from './messages'

export function EraseVaultPanel() {
  const [asking, setAsking] = useState(false)
  const headingId = useId()
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{m.eraseTitle}</h2>
      <p className="muted">{m.eraseIntro}</p>
      <button type="button" className="button button--danger" onClick={() => setAsking(true)}>
        {m.eraseButton}
      </button>
      {asking && <EraseVaultDialog onCancel={() => setAsking(false)} />}
    </section>
  )
}
