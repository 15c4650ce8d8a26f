/**
 * A browser command for the leak tests (registered in vite.config.ts): where a test finds an object
 * still alive, it says why. It takes a heap snapshot of the test page through Playwright's CDP
 * session and gives, for each detached canvas, the shortest chain from the GC roots over strong
 * edges (the retainer chain DevTools shows). Runs in Node, so a failure in CI prints its explanation.
 */
import type { BrowserCommand } from 'vitest/node'
import { snapshotLayout, type HeapSnapshot as Snapshot } from './heap-snapshot.ts'

/** The retainer chains of up to `maxPaths` detached canvases in a heap snapshot (V8 JSON format). */
export function canvasRetainerChains(d: Snapshot, maxPaths = 3, maxDepth = 40): string {
  const { NF, EF, N, first, nType, nDetached, eType, eName, eTo, nodeTypes, edgeTypes, name } = snapshotLayout(d)
  // a DOM canvas (not a string that mentions one): "Detached HTMLCanvasElement", or detachedness 2
  const isDetachedCanvas = (i: number) => {
    const type = nodeTypes[d.nodes[i * NF + nType]]
    if (type !== 'native' && type !== 'object') return false
    const n = name(i)
    if (!/^(Detached )?(HTMLCanvasElement|<canvas)/.test(n)) return false
    return n.startsWith('Detached') || (nDetached >= 0 && d.nodes[i * NF + nDetached] === 2)
  }
  const edgeLabel = (e: number) => {
    const t = edgeTypes[d.edges[e * EF + eType]]
    const v = d.edges[e * EF + eName]
    return t === 'element' || t === 'hidden' ? `[${v}]` : `.${d.strings[v]}`
  }
  // breadth first from the root over strong edges: the shortest retainer chain of every node
  const prevNode = new Int32Array(N).fill(-1)
  const prevEdge = new Int32Array(N).fill(-1)
  const seen = new Uint8Array(N)
  const queue = new Int32Array(N)
  let head = 0
  let tail = 0
  seen[0] = 1
  queue[tail++] = 0
  while (head < tail) {
    const i = queue[head++]
    for (let e = first[i]; e < first[i + 1]; e++) {
      if (edgeTypes[d.edges[e * EF + eType]] === 'weak') continue
      const j = d.edges[e * EF + eTo] / NF
      if (seen[j]) continue
      seen[j] = 1
      prevNode[j] = i
      prevEdge[j] = e
      queue[tail++] = j
    }
  }
  const out: string[] = []
  for (let i = 0; i < N && out.length < maxPaths; i++) {
    if (!seen[i] || !isDetachedCanvas(i)) continue
    const chain: string[] = []
    for (let j = i; j > 0 && chain.length < maxDepth; j = prevNode[j])
      chain.push(`${edgeLabel(prevEdge[j])} → ${nodeTypes[d.nodes[j * NF + nType]]} ${name(j).slice(0, 80)}`)
    out.push(`retainers of ${name(i)}:\n  ${chain.reverse().join('\n  ')}`)
  }
  return out.length ? out.join('\n') : 'no detached canvas in the heap snapshot'
}

/** `commands.detachedCanvasRetainers()` in a browser test. */
export const detachedCanvasRetainers: BrowserCommand<[]> = async (ctx) => {
  const page = (ctx as unknown as { page: import('playwright-core').Page }).page
  const session = await page.context().newCDPSession(page)
  const chunks: string[] = []
  session.on('HeapProfiler.addHeapSnapshotChunk', (e) => chunks.push(e.chunk))
  try {
    await session.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
  } finally {
    await session.detach()
  }
  return canvasRetainerChains(JSON.parse(chunks.join('')) as Snapshot)
}

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** the retainer chains of the detached canvases still in the heap (tests/setup/heap-retainers.ts) */
    detachedCanvasRetainers: () => Promise<string>
  }
}
