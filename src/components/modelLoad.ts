/**
 * Loads the model glb with download progress for the loading bar. The bytes are fetched here (with a
 * streamed body, so progress is known when the server sends Content-Length) and handed to the
 * render layer's `parsePsoasModel(bytes, url)`, which caches the parsed model under the URL: the 3D
 * view then reads it with `loadPsoasModel(url)` without a second download. One download per URL
 * and page, shared by every explainer; any problem with streaming falls back to the plain loader.
 */

/** Progress of one download: a fraction 0..1, or null while the size is unknown. */
export type ProgressListener = (fraction: number | null) => void

interface Entry {
  promise: Promise<void>
  fraction: number | null
  listeners: Set<ProgressListener>
  /** callers that have not unsubscribed; the download is aborted when the last one leaves before it ends */
  users: number
  settled: boolean
  abort: AbortController
}

const loads = new Map<string, Entry>()

const renderModel = () => import('../render/model.ts')

async function fetchWithProgress(url: string, report: (fraction: number | null) => void, signal: AbortSignal): Promise<ArrayBuffer> {
  const res = await fetch(url, { signal })
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status} ${res.statusText}`.trim())
  // Content-Length is the compressed size when the server compresses; then the fraction is unknown.
  const encoded = res.headers.get('content-encoding')
  const total = Number(res.headers.get('content-length'))
  const known = Number.isFinite(total) && total > 0 && (!encoded || encoded === 'identity')
  if (!res.body || !known) {
    report(null)
    return res.arrayBuffer()
  }
  const reader = res.body.getReader()
  const bytes = new Uint8Array(total)
  let received = 0
  const chunks: Uint8Array[] = []
  report(0)
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    if (received + value.length <= total) bytes.set(value, received)
    else chunks.push(value)
    received += value.length
    report(Math.min(1, received / total))
  }
  if (received === total) return bytes.buffer
  // the server sent another length than it announced: join what came
  const all = new Uint8Array(received)
  all.set(bytes.subarray(0, Math.min(received, total)), 0)
  let at = Math.min(received, total)
  for (const c of chunks) {
    all.set(c, at)
    at += c.length
  }
  return all.buffer
}

/**
 * Starts (or joins) the load of `url`; resolves when the parsed model is in the render cache.
 * `onProgress` hears the download fraction (null = unknown size) until then.
 */
export function loadModelWithProgress(url: string, onProgress?: ProgressListener): { promise: Promise<void>; unsubscribe: () => void } {
  let entry = loads.get(url)
  if (!entry) {
    const e: Entry = { promise: Promise.resolve(), fraction: null, listeners: new Set(), users: 0, settled: false, abort: new AbortController() }
    const report = (f: number | null) => {
      e.fraction = f
      for (const l of e.listeners) l(f)
    }
    e.promise = (async () => {
      const m = await renderModel()
      let data: ArrayBuffer
      try {
        data = await fetchWithProgress(url, report, e.abort.signal)
      } catch (err) {
        // an HTTP error or an abort (every viewer left) is final; anything else (no fetch, odd scheme): let the plain loader try
        if (e.abort.signal.aborted || (err instanceof Error && /HTTP \d{3}/.test(err.message))) throw err
        await m.loadPsoasModel(url)
        return
      }
      await m.parsePsoasModel(data, url)
    })()
    e.promise.then(
      () => void (e.settled = true),
      () => {
        e.settled = true
        if (loads.get(url) === e) loads.delete(url)
      },
    )
    loads.set(url, e)
    entry = e
  }
  const current = entry
  current.users++
  if (onProgress) {
    current.listeners.add(onProgress)
    onProgress(current.fraction)
  }
  let left = false
  const unsubscribe = () => {
    if (left) return
    left = true
    if (onProgress) current.listeners.delete(onProgress)
    current.users--
    // unmounted while loading: stop the download (a task later, so a remount at once, e.g. React's
    // StrictMode replay, joins it instead); the rejection is handled here and by nobody else
    setTimeout(() => {
      if (current.users > 0 || current.settled) return
      if (loads.get(url) === current) loads.delete(url)
      current.abort.abort()
    }, 0)
  }
  return { promise: current.promise, unsubscribe }
}

/** Forgets the load of `url` here and in the render cache (before a retry). */
export function forgetModelLoad(url: string): Promise<void> {
  loads.delete(url)
  return renderModel().then((m) => m.clearPsoasModelCache(url))
}
