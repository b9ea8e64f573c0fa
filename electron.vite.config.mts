import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

const r = (p: string) => resolve(import.meta.dirname, p)
const alias = { '@shared': r('shared') }

export default defineConfig({
  main: {
    resolve: { alias },
    build: { outDir: 'out/main', rollupOptions: { input: { index: r('electron/main/index.ts') } } }
  },
  preload: {
    resolve: { alias },
    // A sandboxed preload cannot require() node_modules: bundle everything into one CJS file.
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      isolatedEntries: true,
      rollupOptions: { input: { index: r('electron/preload/index.ts') } }
    }
  },
  renderer: {
    root: r('renderer'),
    resolve: { alias },
    plugins: [react()],
    build: { outDir: r('out/renderer'), rollupOptions: { input: { index: r('renderer/index.html') } } }
  }
})
