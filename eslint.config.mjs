// Process boundaries (architecture.md): shared/ is pure, renderer/ never touches Electron or Node,
// electron/ never touches React. Every rule here is a security boundary, not a style preference.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'

// Bare built-in names are matched as whole specifiers (a regex), so '@shared/crypto' is not 'crypto'.
const bareBuiltins = ['fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'tls', 'dgram', 'dns',
  'stream', 'url', 'util', 'worker_threads', 'process', 'buffer', 'events', 'zlib']
const builtinRegex = `^(node:.*|(${bareBuiltins.join('|')})(/.*)?)$`
const networkModules = ['node:http', 'node:https', 'node:net', 'node:tls', 'node:dgram', 'http', 'https', 'net', 'tls', 'dgram']

const ban = (patterns, message) => ({ group: patterns, message })
const banBuiltins = (message) => ({ regex: builtinRegex, message })

export default tseslint.config(
  { ignores: ['out/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error'
    }
  },
  {
    files: ['shared/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          ban(['electron', 'electron/*'], 'shared/ is pure TypeScript: no Electron.'),
          banBuiltins('shared/ is pure TypeScript: no Node built-ins.'),
          ban(['react', 'react-dom', 'react-dom/*', 'dexie'], 'shared/ is pure TypeScript: no DOM, React or IndexedDB.'),
          ban(['**/renderer/**', '**/electron/**'], 'shared/ must not depend on a process folder.')
        ]
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB', 'navigator', 'process', 'require']
    }
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          ban(['electron', 'electron/*'], 'renderer/ never imports Electron: use renderer/platform.'),
          banBuiltins('renderer/ never imports Node built-ins.'),
          ban(['**/electron/**'], 'renderer/ must not import from electron/.')
        ]
      }],
      'no-restricted-globals': ['error', 'require', 'process']
    }
  },
  {
    files: ['electron/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          ban(['react', 'react-dom', 'react-dom/*', 'react/*'], 'electron/ never imports React.'),
          ban(['**/renderer/**'], 'electron/ must not import renderer code.'),
          ban(networkModules, 'Redress is offline: no network modules in the main process.')
        ],
        paths: [{ name: 'electron', importNames: ['net', 'autoUpdater', 'crashReporter'], message: 'No network, updater or crash upload.' }]
      }]
    }
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          banBuiltins('A sandboxed preload has no Node built-ins.'),
          ban(['react', 'react-dom'], 'electron/ never imports React.')
        ],
        paths: [{ name: 'electron', importNames: ['app', 'BrowserWindow', 'ipcMain', 'session', 'shell', 'net', 'protocol'],
          message: 'preload may use only contextBridge and ipcRenderer.' }]
      }]
    }
  },
  {
    files: ['tests/**/*.{ts,tsx,mjs}', '*.mts', '*.mjs', '*.ts', 'electron/scripts/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } }
  }
)
