/** Size figures of a glb: bytes, triangles, draw calls (one per primitive), read with glTF-Transform. */
import { readFile } from 'node:fs/promises'
import { NodeIO } from '@gltf-transform/core'
import { ALL_EXTENSIONS } from '@gltf-transform/extensions'
import { MeshoptDecoder } from 'meshoptimizer'

export interface ModelStats {
  file: string
  bytes: number
  triangles: number
  drawCalls: number
  meshNodes: number
}

export async function modelStats(file: string): Promise<ModelStats> {
  await MeshoptDecoder.ready
  const io = new NodeIO().registerExtensions(ALL_EXTENSIONS).registerDependencies({ 'meshopt.decoder': MeshoptDecoder })
  const bytes = (await readFile(file)).byteLength
  const doc = await io.read(file)
  let triangles = 0
  let drawCalls = 0
  let meshNodes = 0
  for (const node of doc.getRoot().listNodes()) {
    const mesh = node.getMesh()
    if (!mesh) continue
    meshNodes++
    for (const prim of mesh.listPrimitives()) {
      drawCalls++
      const idx = prim.getIndices()
      const count = idx ? idx.getCount() : (prim.getAttribute('POSITION')?.getCount() ?? 0)
      triangles += Math.floor(count / 3)
    }
  }
  return { file, bytes, triangles, drawCalls, meshNodes }
}
