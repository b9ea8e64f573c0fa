// The end-to-end tests drive the system's Chromium; say how to get it instead of failing obscurely.
import { existsSync } from 'node:fs'

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
if (!existsSync(path)) {
  console.error(`Chromium was not found at ${path}.
The end-to-end tests run in the system's Chromium and never download a browser.
  Debian/Ubuntu:  sudo apt-get install chromium
  elsewhere:      set CHROMIUM_PATH to a Chromium or Chrome executable
(.ci/run installs it automatically on a clean Debian machine.)`)
  process.exit(1)
}
