/** Turning MeshData (millimetres) into glTF-Transform meshes (metres). */
import type { Document, Material, Mesh } from '@gltf-transform/core'
import type { MeshData } from './mesher.ts'

export interface SkinData {
  /** 4 joint indices per vertex (indices into the skin's joint list) */
  joints: Uint16Array
  /** 4 weights per vertex, summing to 1 */
  weights: Float32Array
}
export interface MorphData {
  name: string
  /** position deltas, millimetres */
  positions: Float32Array
}

export function addPrimitiveMesh(
  doc: Document,
  name: string,
  geo: MeshData,
  material: Material,
  skin?: SkinData,
  morph?: MorphData,
): Mesh {
  const buffer = doc.getRoot().listBuffers()[0] ?? doc.createBuffer()
  const pos = new Float32Array(geo.positions.length)
  for (let i = 0; i < pos.length; i++) pos[i] = geo.positions[i] / 1000
  const prim = doc
    .createPrimitive()
    .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(pos).setBuffer(buffer))
    .setAttribute('NORMAL', doc.createAccessor().setType('VEC3').setArray(geo.normals.slice()).setBuffer(buffer))
    .setIndices(doc.createAccessor().setType('SCALAR').setArray(geo.indices.slice()).setBuffer(buffer))
    .setMaterial(material)
  if (skin) {
    prim.setAttribute('JOINTS_0', doc.createAccessor().setType('VEC4').setArray(skin.joints).setBuffer(buffer))
    prim.setAttribute('WEIGHTS_0', doc.createAccessor().setType('VEC4').setArray(skin.weights).setBuffer(buffer))
  }
  const mesh = doc.createMesh(name).addPrimitive(prim)
  if (morph) {
    const d = new Float32Array(morph.positions.length)
    for (let i = 0; i < d.length; i++) d[i] = morph.positions[i] / 1000
    const target = doc.createPrimitiveTarget(morph.name).setAttribute(
      'POSITION',
      doc.createAccessor().setType('VEC3').setArray(d).setBuffer(buffer),
    )
    prim.addTarget(target)
    mesh.setWeights([0]).setExtras({ targetNames: [morph.name] })
  }
  return mesh
}
