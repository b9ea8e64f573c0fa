// How an exhibit's file facts read on screen: sizes in KB/MB, the hash shortened for the list.

/** 1,000-based units, as file managers and the portal state limits ("20 MB"). */
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(bytes < 10_000 ? 1 : 0)} KB`
  return `${(bytes / 1_000_000).toFixed(bytes < 10_000_000 ? 2 : 1)} MB`
}

/** The first 12 hex digits: enough to tell files apart at a glance; the full hash is one click away. */
export function shortHash(sha256: string): string {
  return `${sha256.slice(0, 12)}…`
}

/** "2026-11-23 14:05" in the lawyer's time zone, from an ISO timestamp. */
export function formatMoment(iso: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`
}
