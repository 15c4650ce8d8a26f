/**
 * Issue 9 item 3: every nerve ends at or before the model's distal cut plane in every posture. The femurs are cut
 * square to the shaft axis partway down the thigh (scripts/models/femur.ts); a nerve running on past that plane ends
 * in mid-air below the cut bone. Measured on the built glb: the femur's cut plane is its normal (the reference shaft
 * axis, carried by the hip joint's posed rotation) through the femur's most distal posed vertex; each nerve's
 * vertices are skinned as the renderer does (linear blend, glb.ts) at the bind pose and at every extreme pose of
 * every posture (derivePose → rotToNodeEuler), and none may lie more than TOLERANCE_M past the plane of the femur on
 * its side.
 */
import { describe, expect, it } from 'vitest'
import { Matrix4, Vector3 } from 'three'
import ref from '../../../reference/anatomy-reference.json' with { type: 'json' }
import { NERVE_IDS } from '../../../src/scene-state/ids.ts'
import type { PoseEulers } from './glb.ts'
import { extremePoses, loadDoc, nodeByName, structurePositions, worldMatrix } from './glb.ts'
import type { Document } from '@gltf-transform/core'

const TOLERANCE_M = 0.005

/** Distal cut plane of the femur on `side` in `pose`: unit normal (pointing distally) and offset (metres). */
function cutPlane(doc: Document, side: 'Left' | 'Right', pose: PoseEulers): { n: Vector3; k: number; onPlane: number } {
  const d = ref.femur.shaftAxisDirection.value
  const hip = nodeByName(doc, `hip${side}`)
  const m = worldMatrix(hip, pose).multiply(new Matrix4().copy(worldMatrix(hip)).invert())
  const n = new Vector3(side === 'Right' ? d[0] : -d[0], d[1], d[2]).normalize().transformDirection(m)
  const femur = structurePositions(doc, `femur${side}`, pose)
  let k = -Infinity
  for (let i = 0; i < femur.length; i += 3) k = Math.max(k, n.x * femur[i] + n.y * femur[i + 1] + n.z * femur[i + 2])
  // the cut face is flat: many femur vertices lie on the plane (checks that the normal is the cut's)
  let onPlane = 0
  for (let i = 0; i < femur.length; i += 3) if (k - (n.x * femur[i] + n.y * femur[i + 1] + n.z * femur[i + 2]) < 0.0005) onPlane++
  return { n, k, onPlane }
}

describe('nerve ends', () => {
  it('no nerve runs more than 5 mm past the femur cut plane on its side, at rest or in any posture', async () => {
    const doc = await loadDoc()
    const poses = [{ name: 'bind', pose: {} as PoseEulers }, ...extremePoses()]
    expect(poses.length).toBeGreaterThan(6)
    const worst = new Map<string, number>()
    const failures: string[] = []
    for (const { name, pose } of poses) {
      const planes = { Left: cutPlane(doc, 'Left', pose), Right: cutPlane(doc, 'Right', pose) }
      for (const side of ['Left', 'Right'] as const) expect(planes[side].onPlane, `${name} femur${side} cut face`).toBeGreaterThan(8)
      for (const id of NERVE_IDS) {
        const { n, k } = planes[id.endsWith('Left') ? 'Left' : 'Right']
        const pos = structurePositions(doc, id, pose)
        let past = -Infinity
        for (let i = 0; i < pos.length; i += 3) past = Math.max(past, n.x * pos[i] + n.y * pos[i + 1] + n.z * pos[i + 2] - k)
        const key = `${id}|${name.split('/')[0]}`
        worst.set(key, Math.max(worst.get(key) ?? -Infinity, past * 1000))
        if (past > TOLERANCE_M) failures.push(`${name} ${id} ends ${(past * 1000).toFixed(1)} mm past the cut plane`)
      }
    }
    // how far each nerve's most distal vertex lies past (+) or before (−) the plane, mm, worst pose of each posture
    const cols = [...new Set(poses.map((p) => p.name.split('/')[0]))]
    const rows = NERVE_IDS.map((id) => `${id.padEnd(29)}${cols.map((c) => (worst.get(`${id}|${c}`) ?? NaN).toFixed(0).padStart(9)).join('')}`)
    console.info([`${'mm past the femur cut'.padEnd(29)}${cols.map((c) => c.slice(0, 8).padStart(9)).join('')}`, ...rows].join('\n'))
    expect(failures.slice(0, 16)).toEqual([])
  })
})
