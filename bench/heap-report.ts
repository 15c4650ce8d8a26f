/**
 * What holds the JS heap once the explainer has loaded: `npx tsx bench/heap-report.ts [path] [--top=30]
 * [--unminified] [--save=file.heapsnapshot]` (after `npm run bench`, which builds dist/demo and dist/bench; path defaults to the
 * demo with the full model, e.g. `/bench-build/bench/pages/viewers.html?n=3` for three views).
 * `--unminified` first rebuilds the bench's page of n views without minifying, so constructors keep
 * their names (`npm run bench` builds it minified again). `--out=dir` builds into and serves the bench's
 * pages from `dir` instead of dist/bench (so a report does not replace the build someone else's bench is
 * using). Under the browser lock.
 *
 * Takes a V8 heap snapshot through the DevTools protocol after two forced collections, builds the
 * dominator tree (Cooper, Harvey and Kennedy's iterative algorithm over strong edges from the
 * snapshot's root) and prints the largest objects by retained size with the shortest chain that
 * holds each, and the self size per constructor. ArrayBuffer contents show up as
 * "system / JSArrayBufferData": they are outside the V8 heap that `Runtime.getHeapUsage` reports.
 */
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { buildViewersPage } from './viewers-page.ts'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.ts'
import { benchMounts, serve } from './serve.ts'
import { VIEWPORT } from './side-by-side.ts'
import { snapshotLayout, type HeapSnapshot } from '../tests/setup/heap-snapshot.ts'

export type { HeapSnapshot }

export interface RetainedEntry {
  name: string
  type: string
  selfBytes: number
  retainedBytes: number
  /** the shortest chain from the root over strong edges */
  path: string
}

/** Retained sizes from the dominator tree, the largest first, and self size per constructor. */
export function analyse(
  d: HeapSnapshot,
  top = 30,
): { total: number; retained: RetainedEntry[]; byConstructor: { name: string; count: number; selfBytes: number }[]; byType: Record<string, number> } {
  const { NF, EF, N, first, nType, nSize, eType, eName, eTo, nodeTypes, edgeTypes, name } = snapshotLayout(d)
  const weak = edgeTypes.indexOf('weak')
  const self = (i: number) => d.nodes[i * NF + nSize]
  const type = (i: number) => nodeTypes[d.nodes[i * NF + nType]]
  const target = (e: number) => d.edges[e * EF + eTo] / NF
  const strong = (e: number) => d.edges[e * EF + eType] !== weak

  // depth-first postorder from the root, and the predecessors of every reachable node
  const post = new Int32Array(N).fill(-1)
  const order: number[] = []
  const parentBfs = new Int32Array(N).fill(-1)
  const parentEdge = new Int32Array(N).fill(-1)
  {
    const stack: number[] = [0]
    const next = new Uint32Array(N)
    const visited = new Uint8Array(N)
    visited[0] = 1
    next[0] = first[0]
    while (stack.length) {
      const i = stack[stack.length - 1]
      if (next[i] < first[i + 1]) {
        const e = next[i]++
        if (!strong(e)) continue
        const j = target(e)
        if (visited[j]) continue
        visited[j] = 1
        next[j] = first[j]
        stack.push(j)
      } else {
        post[i] = order.length
        order.push(i)
        stack.pop()
      }
    }
  }
  // shortest chains (breadth first) for the printed paths
  {
    const queue = new Int32Array(N)
    let head = 0
    let tail = 0
    const seen = new Uint8Array(N)
    seen[0] = 1
    queue[tail++] = 0
    while (head < tail) {
      const i = queue[head++]
      for (let e = first[i]; e < first[i + 1]; e++) {
        if (!strong(e)) continue
        const j = target(e)
        if (seen[j]) continue
        seen[j] = 1
        parentBfs[j] = i
        parentEdge[j] = e
        queue[tail++] = j
      }
    }
  }
  // predecessors (strong edges, reachable nodes only)
  const predCount = new Uint32Array(N + 1)
  for (let i = 0; i < N; i++) {
    if (post[i] < 0) continue
    for (let e = first[i]; e < first[i + 1]; e++) if (strong(e) && post[target(e)] >= 0) predCount[target(e) + 1]++
  }
  for (let i = 0; i < N; i++) predCount[i + 1] += predCount[i]
  const preds = new Int32Array(predCount[N])
  const fill = predCount.slice(0, N)
  for (let i = 0; i < N; i++) {
    if (post[i] < 0) continue
    for (let e = first[i]; e < first[i + 1]; e++) {
      const j = target(e)
      if (strong(e) && post[j] >= 0) preds[fill[j]++] = i
    }
  }
  // iterative dominators over reverse postorder
  const idom = new Int32Array(N).fill(-1)
  idom[0] = 0
  const intersect = (a: number, b: number) => {
    while (a !== b) {
      while (post[a] < post[b]) a = idom[a]
      while (post[b] < post[a]) b = idom[b]
    }
    return a
  }
  for (let changed = true; changed; ) {
    changed = false
    for (let k = order.length - 2; k >= 0; k--) {
      const i = order[k]
      let dom = -1
      for (let p = predCount[i]; p < predCount[i + 1]; p++) {
        const q = preds[p]
        if (idom[q] < 0) continue
        dom = dom < 0 ? q : intersect(q, dom)
      }
      if (dom >= 0 && idom[i] !== dom) {
        idom[i] = dom
        changed = true
      }
    }
  }
  // retained = self + retained of the dominated, summed in postorder
  const retained = new Float64Array(N)
  for (const i of order) retained[i] += self(i)
  for (const i of order) if (i !== 0) retained[idom[i]] += retained[i]

  const edgeLabel = (e: number) => {
    const t = edgeTypes[d.edges[e * EF + eType]]
    const v = d.edges[e * EF + eName]
    return t === 'element' || t === 'hidden' ? `[${v}]` : `.${d.strings[v]}`
  }
  const pathOf = (i: number) => {
    const chain: number[] = []
    for (let j = i; j > 0; j = parentBfs[j]) chain.push(j)
    chain.reverse()
    const labels = chain.slice(1).map((j) => edgeLabel(parentEdge[j]))
    const shown = labels.length > 12 ? ['…', ...labels.slice(-12)] : labels
    return `${name(chain[0] ?? 0).slice(0, 40)}${shown.join('')}`.slice(0, 240)
  }
  // the largest objects that are not just a root or a holder of everything (Window, GC roots)
  const skip = (i: number) => type(i) === 'synthetic' || /^(system \/ NativeContext|Window|global|\(Global handles\)|\(GC roots\))/.test(name(i))
  const candidates = order.filter((i) => !skip(i)).sort((a, b) => retained[b] - retained[a])
  const out: RetainedEntry[] = []
  for (const i of candidates) {
    if (out.length >= top) break
    out.push({ name: name(i).slice(0, 80), type: type(i), selfBytes: self(i), retainedBytes: retained[i], path: pathOf(i) })
  }
  const groups = new Map<string, { count: number; selfBytes: number }>()
  for (const i of order) {
    const key = type(i) === 'object' || type(i) === 'native' ? name(i).slice(0, 60) : `(${type(i)})`
    const g = groups.get(key) ?? { count: 0, selfBytes: 0 }
    g.count++
    g.selfBytes += self(i)
    groups.set(key, g)
  }
  const byConstructor = [...groups].map(([n, g]) => ({ name: n, ...g })).sort((a, b) => b.selfBytes - a.selfBytes).slice(0, top)
  const byType: Record<string, number> = {}
  for (const i of order) byType[type(i)] = (byType[type(i)] ?? 0) + self(i)
  return { total: retained[0], retained: out, byConstructor, byType }
}

const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`.padStart(8)

async function main() {
  const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..')
  const path = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '/?quality=full'
  const topArg = process.argv.find((a) => a.startsWith('--top='))
  const top = topArg ? Number(topArg.slice(6)) : 30
  const port = 4181
  const outArg = process.argv.find((a) => a.startsWith('--out='))
  const outDir = outArg ? resolve(outArg.slice(6)) : resolve(root, 'dist', 'bench')
  if (process.argv.includes('--unminified')) await buildViewersPage(root, outDir, { minify: false })
  const server = await serve(
    benchMounts(root).map((m) => (m.prefix === '/bench-build/' ? { ...m, target: outDir } : m)),
    port,
  )
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
  try {
    const n = Number(new URL(path, 'http://x').searchParams.get('n')) || 1
    const page = await browser.newPage({ viewport: { width: VIEWPORT.width, height: n > 1 ? 40 + n * 540 : VIEWPORT.height }, deviceScaleFactor: 1 })
    await page.goto(`http://127.0.0.1:${port}${path}`)
    await page.waitForFunction((count) => document.querySelectorAll('canvas').length >= count, n, { timeout: 120_000 })
    await page.waitForTimeout(12_000)
    const session = await page.context().newCDPSession(page)
    await session.send('HeapProfiler.collectGarbage')
    await session.send('HeapProfiler.collectGarbage')
    const usage = await session.send('Runtime.getHeapUsage')
    const chunks: string[] = []
    session.on('HeapProfiler.addHeapSnapshotChunk', (e) => chunks.push(e.chunk))
    await session.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
    const save = process.argv.find((a) => a.startsWith('--save='))
    if (save) writeFileSync(save.slice(7), chunks.join(''))
    const r = analyse(JSON.parse(chunks.join('')) as HeapSnapshot, top)
    console.info(`${path}: used heap ${(usage.usedSize / 1048576).toFixed(2)} MB (Runtime.getHeapUsage); snapshot total ${(r.total / 1048576).toFixed(2)} MB`)
    console.info('\nlargest retained sizes (dominator tree):')
    for (const e of r.retained) console.info(`${kb(e.retainedBytes)} ${kb(e.selfBytes)}  ${e.type} ${e.name}\n                   ← ${e.path}`)
    console.info('\nself size per kind of node:')
    for (const [kind, bytes] of Object.entries(r.byType).sort((a, b) => b[1] - a[1])) console.info(`${kb(bytes)}  ${kind}`)
    console.info('\nself size per constructor:')
    for (const g of r.byConstructor) console.info(`${kb(g.selfBytes)} ${String(g.count).padStart(7)}  ${g.name}`)
  } finally {
    await browser.close()
    await new Promise<void>((r) => server.close(() => r()))
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main()
