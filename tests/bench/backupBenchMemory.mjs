// Memory sampler for tests/bench/backup-bench.mjs, in a worker thread so that reading /proc every
// 100 ms never delays the runner's HTTP server (which receives the backup's pieces): every process
// of one Chromium (the browser process and all its descendants), summed per phase.
import { readFileSync, readdirSync } from 'node:fs'
import { parentPort, workerData } from 'node:worker_threads'

const PAGE = 4096
function readProc(pid, file) {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8')
  } catch {
    return null
  }
}
function processTable() {
  const table = new Map()
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    const stat = readProc(name, 'stat')
    if (stat === null) continue
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
    table.set(Number(name), ppid)
  }
  return table
}
function processKind(cmdline) {
  // Chromium rewrites its argv as one space-separated string (its process title).
  const args = cmdline.split(/[\0 ]/)
  if (/crashpad_handler$/.test(args[0] ?? '')) return 'crashpad'
  const type = args.find((a) => a.startsWith('--type='))?.slice(7)
  if (type === undefined) return 'browser'
  if (type === 'utility') return `utility:${(args.find((a) => a.startsWith('--utility-sub-type='))?.slice(19) ?? '?').split('.')[0]}`
  return type
}
function sampleChromium(browserPid) {
  const table = processTable()
  const children = new Map()
  for (const [pid, ppid] of table) children.set(ppid, [...(children.get(ppid) ?? []), pid])
  const pids = [browserPid]
  for (let i = 0; i < pids.length; i++) pids.push(...(children.get(pids[i]) ?? []))
  const processes = []
  for (const pid of pids) {
    const statm = readProc(pid, 'statm')
    const cmd = readProc(pid, 'cmdline')
    if (statm === null || cmd === null || cmd === '') continue // gone, or a process being forked
    const rss = Number(statm.split(' ')[1]) * PAGE
    const pss = Number(/^Pss:\s+(\d+) kB/m.exec(readProc(pid, 'smaps_rollup') ?? '')?.[1] ?? 0) * 1024
    processes.push({ pid, kind: processKind(cmd), rss, pss })
  }
  return processes
}
const phases = {}
let phase = null
function take() {
  if (phase === null) return
  const processes = sampleChromium(workerData.browserPid)
  const p = (phases[phase] ??= { samples: 0, rss: 0, pss: 0, byPid: new Map(), byType: new Map() })
  p.samples++
  p.rss = Math.max(p.rss, processes.reduce((n, x) => n + x.rss, 0))
  p.pss = Math.max(p.pss, processes.reduce((n, x) => n + x.pss, 0))
  const sums = new Map()
  for (const x of processes) sums.set(typeOf(x.kind), (sums.get(typeOf(x.kind)) ?? 0) + x.pss)
  for (const [type, pss] of sums) p.byType.set(type, Math.max(p.byType.get(type) ?? 0, pss))
  for (const x of processes) {
    const seen = p.byPid.get(x.pid) ?? { kind: x.kind, rss: 0, pss: 0 }
    p.byPid.set(x.pid, { kind: x.kind, rss: Math.max(seen.rss, x.rss), pss: Math.max(seen.pss, x.pss) })
  }
}

/** The split the issue asks for: browser (also Blob storage and IndexedDB's backend), renderer (the page, its workers), GPU, utility (network, storage), other (zygotes, crashpad). */
function typeOf(kind) {
  if (kind === 'browser' || kind === 'renderer') return kind
  if (kind === 'gpu-process') return 'gpu'
  if (kind.startsWith('utility')) return 'utility'
  return 'other'
}

const timer = setInterval(take, 100)
parentPort.on('message', (message) => {
  if (message.type === 'phase') {
    take() // the last sample of the phase ending
    phase = message.name
    take() // the first of the next
    parentPort.postMessage({ type: 'phase-set' })
  } else if (message.type === 'report') {
    clearInterval(timer)
    parentPort.postMessage({ type: 'report', phases })
  }
})
