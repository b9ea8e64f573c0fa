// Builds the benchmark page (never shipped): the real vault code, run in real Chromium.
import { resolve } from 'node:path'
import { defineConfig } from 'vite'

const r = (p: string) => resolve(import.meta.dirname, '../..', p)

export default defineConfig({
  root: r('tests/bench'),
  base: './',
  resolve: { alias: { '@shared': r('shared') } },
  build: { outDir: r('out/bench'), emptyOutDir: true, rollupOptions: { input: r('tests/bench/vault-bench.html') } },
  logLevel: 'warn'
})
