/**
 * At the extreme poses of every posture (tightness 0 and 1, each side), no muscle or nerve vertex lies more than
 * 2 mm inside bone. Poses come from the scene-state biomechanics (derivePose → rotToNodeEuler), skinning is done
 * here (linear blend), and "inside bone" uses the builders' bone fields carried by each bone's posed joint.
 */
import { describe, expect, it } from 'vitest'
import { Matrix4, Vector3 } from 'three'
import { MUSCLE_IDS, NERVE_IDS } from '../../../src/scene-state/ids.ts'
import { boneFields } from '../../../scripts/models/bones.ts'
import { extremePoses, loadDoc, nodeByName, structurePositions, worldMatrix } from './glb.ts'

describe('model follows the pose', () => {
  it('at the extreme poses no muscle or nerve vertex is more than 2 mm inside bone', async () => {
    const doc = await loadDoc()
    const bones = boneFields()
    const poses = extremePoses()
    expect(poses.length).toBeGreaterThan(6)
    const soft = [...MUSCLE_IDS, ...NERVE_IDS]
    const failures: string[] = []
    let worst = 0
    for (const { name, pose } of poses) {
      // posed → rest transform of each bone (its joint's posed world matrix times the inverse rest matrix), inverted
      const toRest = bones.map((b) => {
        const j = nodeByName(doc, b.joint)
        return worldMatrix(j).multiply(new Matrix4().copy(worldMatrix(j, pose)).invert())
      })
      const v = new Vector3()
      for (const id of soft) {
        const pos = structurePositions(doc, id, pose)
        for (let i = 0; i < pos.length; i += 3) {
          for (let b = 0; b < bones.length; b++) {
            v.set(pos[i], pos[i + 1], pos[i + 2]).applyMatrix4(toRest[b])
            const d = bones[b].sdf(v.x * 1000, v.y * 1000, v.z * 1000)
            if (d < -worst) worst = -d
            if (d < -2) failures.push(`${name} ${id} inside ${bones[b].id} by ${(-d).toFixed(1)} mm`)
          }
        }
      }
    }
    expect(failures.slice(0, 12)).toEqual([])
  })

  it('attachments stay attached: psoas origin and insertion move with their bones at every extreme pose', async () => {
    const doc = await loadDoc()
    const rest = structurePositions(doc, 'psoasMajorRight')
    // the vertex nearest each attachment at rest, followed through the poses
    const lt = [-0.0861, -0.1309, -0.0798]
    let iLt = 0
    let best = Infinity
    for (let i = 0; i < rest.length; i += 3) {
      const d = Math.hypot(rest[i] - lt[0], rest[i + 1] - lt[1], rest[i + 2] - lt[2])
      if (d < best) {
        best = d
        iLt = i
      }
    }
    for (const { pose } of extremePoses()) {
      const posed = structurePositions(doc, 'psoasMajorRight', pose)
      const hip = nodeByName(doc, 'hipRight')
      const m = worldMatrix(hip, pose).multiply(new Matrix4().copy(worldMatrix(hip)).invert())
      const expected = new Vector3(rest[iLt], rest[iLt + 1], rest[iLt + 2]).applyMatrix4(m)
      const got = new Vector3(posed[iLt], posed[iLt + 1], posed[iLt + 2])
      expect(got.distanceTo(expected)).toBeLessThan(0.001)
    }
  })
})
