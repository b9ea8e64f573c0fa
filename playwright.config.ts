import { defineConfig } from '@playwright/test'

// Debian's Chromium, never a downloaded browser (see README).
const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic'
]

/** Project names given with --project on the command line ([] = all projects). */
function selectedProjects(argv: string[]): string[] {
  const names: string[] = []
  argv.forEach((arg, i) => {
    if (arg.startsWith('--project=')) names.push(arg.slice('--project='.length))
    else if (arg === '--project') {
      for (let j = i + 1; j < argv.length && !argv[j]!.startsWith('-'); j++) names.push(argv[j]!)
    }
  })
  return names
}

// The vite web server serves only the 'web' project; `--project electron` alone does not need it.
const projects = selectedProjects(process.argv)
const electronOnly = projects.length > 0 && projects.every((name) => name === 'electron')

export default defineConfig({
  timeout: 60_000,
  workers: 1,
  reporter: [['list']],
  webServer: electronOnly
    ? undefined
    : {
        command: 'npx vite build --config vite.renderer.config.mts && npx vite preview --config vite.renderer.config.mts',
        url: 'http://127.0.0.1:4173',
        reuseExistingServer: !process.env.CI,
        timeout: 120_000
      },
  projects: [
    {
      // The renderer as a web page in Debian's Chromium.
      name: 'web',
      testDir: 'tests/e2e',
      use: {
        baseURL: 'http://127.0.0.1:4173',
        browserName: 'chromium',
        // The suite reads English; the UI follows the OS language, so fix it (specs may override per test).
        locale: 'en-GB',
        headless: true,
        screenshot: 'only-on-failure',
        launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs }
      }
    },
    {
      // The packaged shell through Playwright's _electron; skips itself where the binary is absent.
      name: 'electron',
      testDir: 'tests/electron'
    }
  ]
})
