// The same renderer as a plain web page: `npm run web`, the Playwright suite and the benchmark use it.
import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

const r = (p: string) => resolve(import.meta.dirname, p)

export default defineConfig({
  root: r('renderer'),
  base: './',
  resolve: { alias: { '@shared': r('shared') } },
  plugins: [react()],
  build: { outDir: r('out/renderer'), emptyOutDir: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true }
})
