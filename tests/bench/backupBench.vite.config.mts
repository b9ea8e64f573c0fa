// Builds the backup benchmark page (never shipped): the real vault, backup and restore code, run in
// real Chromium by tests/bench/backup-bench.mjs. Its own output folder, so bench:vault is untouched.
import { resolve } from 'node:path'
import { defineConfig } from 'vite'

const r = (p: string) => resolve(import.meta.dirname, '../..', p)

export default defineConfig({
  root: r('tests/bench'),
  base: './',
  resolve: { alias: { '@shared': r('shared') } },
  build: { outDir: r('out/bench-backup'), emptyOutDir: true, rollupOptions: { input: r('tests/bench/backupBench.html') } },
  logLevel: 'warn'
})
