// The lint rules are the enforcement of the process boundaries (architecture.md); prove they bite.
import { describe, expect, it } from 'vitest'
import { ESLint } from 'eslint'

const eslint = new ESLint({ cwd: process.cwd() })

async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals').map((m) => m.message)
}

describe('process boundaries', () => {
  it.each([
    ['shared/domain/x.ts', "import { app } from 'electron'\nexport const a = app"],
    ['shared/domain/x.ts', "import { readFileSync } from 'node:fs'\nexport const a = readFileSync"],
    ['shared/domain/x.ts', "import { randomBytes } from 'crypto'\nexport const a = randomBytes"],
    ['shared/domain/x.ts', "import { useState } from 'react'\nexport const a = useState"],
    ['shared/domain/x.ts', 'export const a = () => document.title'],
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron'\nexport const a = ipcRenderer"],
    ['renderer/src/x.ts', "import { join } from 'path'\nexport const a = join"],
    ['electron/main/x.ts', "import { useState } from 'react'\nexport const a = useState"],
    ['electron/main/x.ts', "import { request } from 'node:https'\nexport const a = request"],
    ['electron/main/x.ts', "import { net } from 'electron'\nexport const a = net"],
    ['electron/preload/x.ts', "import { ipcMain } from 'electron'\nexport const a = ipcMain"]
  ])('%s may not: %s', async (file, code) => {
    expect(await importErrors(file, code)).not.toEqual([])
  })

  it.each([
    ['shared/domain/x.ts', "import { z } from 'zod'\nexport const a = z"],
    ['renderer/src/x.ts', "import { sealJson } from '@shared/crypto'\nexport const a = sealJson"],
    ['electron/main/x.ts', "import { app } from 'electron'\nimport { join } from 'node:path'\nexport const a = [app, join]"],
    ['electron/preload/x.ts', "import { contextBridge } from 'electron'\nexport const a = contextBridge"]
  ])('%s may: %s', async (file, code) => {
    expect(await importErrors(file, code)).toEqual([])
  })
})
