/**
 * The bench's own pieces that need no browser: the local server's path mapping (nothing outside its
 * mounts is served), the median, and the dominator-tree retained sizes of the heap report on a tiny
 * hand-made snapshot.
 */
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { benchMounts, resolveRequest } from '../../bench/serve.ts'
import { median } from '../../bench/side-by-side.ts'
import { analyse, type HeapSnapshot } from '../../bench/heap-report.ts'

test('the bench server maps its mounts and serves nothing outside them', () => {
  const root = '/repo'
  const m = benchMounts(root)
  expect(resolveRequest(m, '/')).toBe(join(root, 'dist/demo/index.html'))
  expect(resolveRequest(m, '/models/lumbar-psoas.glb')).toBe(join(root, 'dist/demo/models/lumbar-psoas.glb'))
  expect(resolveRequest(m, '/bench/vendor/model-viewer.min.js')).toBe(join(root, 'node_modules/@google/model-viewer/dist/model-viewer.min.js'))
  expect(resolveRequest(m, '/bench/vendor/meshopt_decoder.js')).toBe(join(root, 'node_modules/meshoptimizer/meshopt_decoder.cjs'))
  expect(resolveRequest(m, '/bench/pages/model-viewer.html')).toBe(join(root, 'bench/pages/model-viewer.html'))
  expect(resolveRequest(m, '/bench-build/assets/x.js')).toBe(join(root, 'dist/bench/assets/x.js'))
  expect(resolveRequest(m, '/models/%2e%2e/%2e%2e/package.json')).toBeNull()
  expect(resolveRequest([{ prefix: '/a/', target: '/t' }], '/b')).toBeNull()
})

test('median', () => {
  expect(median([3, 1, 2])).toBe(2)
  expect(median([4, 1, 2, 3])).toBe(2.5)
  expect(median([])).toBeNaN()
})

test('heap report: retained size is what only an object holds (dominator tree over strong edges)', () => {
  // root(0) → a(1) → c(3); root → b(2) → c; a → d(4) only; b ⇢ e(5) weak only, e unreachable otherwise
  const names = ['', 'a', 'b', 'c', 'd', 'e', 'x', 'p']
  const self = [0, 10, 20, 100, 1000, 5]
  const out: Record<number, [number, 'property' | 'weak'][]> = { 0: [[1, 'property'], [2, 'property']], 1: [[3, 'property'], [4, 'property']], 2: [[3, 'property'], [5, 'weak']] }
  const nodes: number[] = []
  const edges: number[] = []
  for (let i = 0; i < 6; i++) {
    const list = out[i] ?? []
    nodes.push(i === 0 ? 0 : 1, i, self[i], list.length)
    for (const [to, type] of list) edges.push(type === 'weak' ? 1 : 0, 7, to * 4)
  }
  const snapshot: HeapSnapshot = {
    snapshot: { meta: { node_fields: ['type', 'name', 'self_size', 'edge_count'], edge_fields: ['type', 'name_or_index', 'to_node'], node_types: [['synthetic', 'object']], edge_types: [['property', 'weak']] } },
    nodes,
    edges,
    strings: names,
  }
  const r = analyse(snapshot, 10)
  const retained = Object.fromEntries(r.retained.map((e) => [e.name, e.retainedBytes]))
  // c is held by both a and b: only the root dominates it; e is reachable only weakly
  expect(retained).toEqual({ a: 1010, b: 20, c: 100, d: 1000 })
  expect(r.total).toBe(1130)
  expect(r.retained.find((e) => e.name === 'd')?.path).toBe('a.p')
})
