/**
 * rotToQuaternion against the signs of anatomy-reference §1 (frame: +Y up, +Z anterior, +X the
 * patient's left), checked by where a point ends up, not by restating the formula.
 */
import { describe, expect, test } from 'vitest'
import { Quaternion, Vector3 } from 'three'
import { rotToQuaternion } from '../../src/render/rotation.ts'
import type { Rot } from '../../src/scene-state/types.ts'

const deg = Math.PI / 180
const rot = (flexion = 0, lateralBend = 0, axialRotation = 0): Rot => ({ flexion, lateralBend, axialRotation })
const moved = (q: Quaternion, p: [number, number, number]) => new Vector3(...p).applyQuaternion(q)

describe('rotToQuaternion follows anatomy-reference §1', () => {
  test('hip flexion tips the knee forward (+Z) for both legs', () => {
    for (const side of ['left', 'right'] as const) {
      const q = rotToQuaternion('hip', side, rot(30 * deg), new Quaternion())
      const knee = moved(q, [0, -0.41, 0]) // the knee hangs below the hip centre
      expect(knee.z).toBeCloseTo(0.41 * Math.sin(30 * deg), 10)
      expect(knee.y).toBeCloseTo(-0.41 * Math.cos(30 * deg), 10)
      expect(Math.abs(knee.x)).toBeLessThan(1e-12)
    }
    // extension (negative flexion) tips it backward
    expect(moved(rotToQuaternion('hip', 'right', rot(-10 * deg), new Quaternion()), [0, -0.4, 0]).z).toBeLessThan(0)
  })
  test('hip abduction moves each knee away from the midline (mirror rule)', () => {
    const right = moved(rotToQuaternion('hip', 'right', rot(0, 20 * deg), new Quaternion()), [0, -0.4, 0])
    const left = moved(rotToQuaternion('hip', 'left', rot(0, 20 * deg), new Quaternion()), [0, -0.4, 0])
    expect(right.x).toBeLessThan(-0.1) // patient's right is −X
    expect(left.x).toBeGreaterThan(0.1)
  })
  test('hip internal rotation turns the front of each thigh toward the midline', () => {
    const right = moved(rotToQuaternion('hip', 'right', rot(0, 0, 20 * deg), new Quaternion()), [0, 0, 0.05])
    const left = moved(rotToQuaternion('hip', 'left', rot(0, 0, 20 * deg), new Quaternion()), [0, 0, 0.05])
    expect(right.x).toBeGreaterThan(0.01)
    expect(left.x).toBeLessThan(-0.01)
  })
  test('segment flexion tips the upper vertebra forward; lateral bend + tips it to the patient’s right', () => {
    const flex = moved(rotToQuaternion('segment', null, rot(10 * deg), new Quaternion()), [0, 0.03, 0])
    expect(flex.z).toBeCloseTo(0.03 * Math.sin(10 * deg), 10)
    const bend = moved(rotToQuaternion('segment', null, rot(0, 10 * deg), new Quaternion()), [0, 0.03, 0])
    expect(bend.x).toBeCloseTo(-0.03 * Math.sin(10 * deg), 10)
    // axial rotation +: the front (+Z) turns to the patient's left (+X)
    const axial = moved(rotToQuaternion('segment', null, rot(0, 0, 10 * deg), new Quaternion()), [0, 0, 0.03])
    expect(axial.x).toBeCloseTo(0.03 * Math.sin(10 * deg), 10)
  })
  test('pelvis anterior tilt moves the ASIS forward and down and the sacrum up', () => {
    const q = rotToQuaternion('pelvis', null, rot(8 * deg), new Quaternion())
    // relative to the pivot (hip-axis midpoint [0, -0.0785, -0.0563]): ASIS midpoint and the sacrum top
    const asis = moved(q, [0, 0.0785, 0.0563])
    const sacrum = moved(q, [0, 0.1, -0.045])
    expect(asis.z).toBeGreaterThan(0.0563)
    expect(asis.y).toBeLessThan(0.0785)
    expect(sacrum.y).toBeGreaterThan(0.1)
  })
  test('a hip without a side is refused', () => {
    expect(() => rotToQuaternion('hip', null, rot(0.1), new Quaternion())).toThrow(/side/)
  })
})
