// Entry of the renderer (Electron window and plain web page alike).
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { z } from 'zod'
import { VaultController } from '../vault/vaultController'
import { VaultDatabase } from '../vault/vaultDatabase'
import { createWorkerKdf } from '../vault/workerKdf'
import { VaultProvider } from '../vault/vaultHooks'
import { App } from './App'
import { applyDocumentLocale } from './locale'
import './styles/base.css'
import './styles/layout.css'
import './styles/forms.css'
import './styles/access.css'
import './styles/dossiers.css'
import './styles/deadlines.css'

// zod's JIT compiles validators with `new Function`, which our CSP forbids; use the plain path.
z.config({ jitless: true })
applyDocumentLocale(document)

const controller = new VaultController(new VaultDatabase(), createWorkerKdf())
void controller.start()

const container = document.getElementById('root')
if (!container) throw new Error('The page has no #root element.')

createRoot(container).render(
  <StrictMode>
    <VaultProvider controller={controller}>
      <App />
    </VaultProvider>
  </StrictMode>
)
