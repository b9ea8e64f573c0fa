// Bundles the evidence-bundle benchmark for Node (never shipped): the real shared/pdf/bundle code
// with pdf-lib, fontkit and bidi-js bundled in, as the renderer's bundle worker will have them.
import { resolve } from 'node:path'
import { defineConfig } from 'vite'

const r = (p: string) => resolve(import.meta.dirname, '../..', p)

export default defineConfig({
  resolve: { alias: { '@shared': r('shared') } },
  ssr: { noExternal: true },
  build: {
    ssr: r('tests/bench/bundleBenchRun.ts'),
    outDir: r('out/bench-bundle'),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: { output: { format: 'es', entryFileNames: '[name].mjs' } }
  },
  logLevel: 'warn'
})
