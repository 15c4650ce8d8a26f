/**
 * A V8 heap snapshot as Chromium's DevTools protocol writes it (JSON), and the layout both of its
 * readers need: the leak tests' retainer chains (heap-retainers.ts) and the bench's heap report
 * (bench/heap-report.ts). Nodes and edges are flat number arrays; the meta says which field is where.
 */
export interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; edge_fields: string[]; node_types: [string[]]; edge_types: [string[]] } }
  nodes: number[]
  edges: number[]
  strings: string[]
}

/** Field offsets, type names, node count and each node's first edge (first[i]..first[i + 1]). */
export function snapshotLayout(d: HeapSnapshot) {
  const m = d.snapshot.meta
  const NF = m.node_fields.length
  const EF = m.edge_fields.length
  const nName = m.node_fields.indexOf('name')
  const nEdges = m.node_fields.indexOf('edge_count')
  const N = d.nodes.length / NF
  const first = new Uint32Array(N + 1)
  for (let i = 0; i < N; i++) first[i + 1] = first[i] + d.nodes[i * NF + nEdges]
  return {
    NF,
    EF,
    N,
    first,
    nType: m.node_fields.indexOf('type'),
    nName,
    nSize: m.node_fields.indexOf('self_size'),
    nDetached: m.node_fields.indexOf('detachedness'),
    eType: m.edge_fields.indexOf('type'),
    eName: m.edge_fields.indexOf('name_or_index'),
    eTo: m.edge_fields.indexOf('to_node'),
    nodeTypes: m.node_types[0],
    edgeTypes: m.edge_types[0],
    /** the node's name (a constructor, a string's text, a native's class) */
    name: (i: number) => d.strings[d.nodes[i * NF + nName]],
  }
}
