/**
 * Per-frame appearance of one viewer, driven by the displayed (animated) pose: psoas/iliacus morph
 * and fibre pattern, muscle colour, disc load tint, compressed-nerve colour and swell, focus and
 * hover glow, layer visibility. Allocation-free: colours are written into existing objects.
 */
import { Color, type Mesh } from 'three'
import { NERVE_KEYS, SIDES, structureInfo, type BodySide, type NerveKey, type StructureId, type StructureLayer } from '../scene-state/ids.ts'
import type { Layers, Pose } from '../scene-state/types.ts'
import { TEACHING } from '../scene-state/biomechanics.ts'
import { NERVE_MARK_THRESHOLD } from '../scene-state/nerves.ts'
// the legend lists the loaded-disc tint by the same function
import { discLoadTint } from '../scene-state/legend.ts'
import type { ModelInstance } from './model.ts'
import { NERVE_SWELL_MAX, type SceneTheme, type StructureMaterial } from './materials.ts'

export interface ThemeColours {
  muscleTight: Color
  discLoaded: Color
  nerveCompressed: Color
  highlight: Color
}
export function themeColours(theme: SceneTheme): ThemeColours {
  return {
    muscleTight: new Color(theme.muscleTight),
    discLoaded: new Color(theme.discLoaded),
    nerveCompressed: new Color(theme.nerveCompressed),
    highlight: new Color(theme.highlight),
  }
}

/** Extra, non-pose inputs of the appearance. */
export interface AppearanceInput {
  layers: Layers
  focus: StructureId | null
  hover: StructureId | null
  /** displayed L4–L5 disc pressure (MPa) */
  discMPa: number
}

const nerveIds: Record<NerveKey, Record<BodySide, StructureId>> = Object.fromEntries(
  NERVE_KEYS.map((k) => [k, { left: `${k}Left`, right: `${k}Right` }]),
) as Record<NerveKey, Record<BodySide, StructureId>>

function clamp01(v: number) {
  return v < 0 ? 0 : v > 1 ? 1 : v
}

/** Compression 0..1 of a nerve structure id in a pose (0 for non-nerves). */
export function nerveCompressionOf(pose: Pose, id: StructureId): number {
  for (const k of NERVE_KEYS) for (const s of SIDES) if (nerveIds[k][s] === id) return pose.nerves[k][s]
  return 0
}

const MUSCLES: Record<BodySide, readonly StructureId[]> = {
  left: ['psoasMajorLeft', 'iliacusLeft'],
  right: ['psoasMajorRight', 'iliacusRight'],
}
const DISCS: readonly StructureId[] = ['discL1L2', 'discL2L3', 'discL3L4', 'discL4L5', 'discL5S1']

/** Flat lists built once per instance, so the frame loop iterates arrays (no iterators, no allocation). */
export interface AppearanceTargets {
  meshLayers: { mesh: Mesh; layer: StructureLayer }[]
  materials: { id: StructureId; sm: StructureMaterial; nerve: { key: NerveKey; side: BodySide } | null }[]
}
export function appearanceTargets(inst: ModelInstance, mats: Map<StructureId, StructureMaterial>): AppearanceTargets {
  const meshLayers: AppearanceTargets['meshLayers'] = []
  for (const [id, list] of inst.meshes) for (const mesh of list) meshLayers.push({ mesh, layer: structureInfo(id).layer })
  const materials: AppearanceTargets['materials'] = []
  for (const [id, sm] of mats) {
    let nerve: { key: NerveKey; side: BodySide } | null = null
    for (const k of NERVE_KEYS) for (const s of SIDES) if (nerveIds[k][s] === id) nerve = { key: k, side: s }
    materials.push({ id, sm, nerve })
  }
  return { meshLayers, materials }
}

export function applyAppearance(
  inst: ModelInstance,
  mats: Map<StructureId, StructureMaterial>,
  targets: AppearanceTargets,
  colours: ThemeColours,
  pose: Pose,
  input: AppearanceInput,
): void {
  const { layers } = input
  // layers
  for (let i = 0; i < targets.meshLayers.length; i++) {
    const e = targets.meshLayers[i]
    e.mesh.visible = layers[e.layer]
  }
  if (inst.outline) inst.outline.visible = layers.outline

  // muscles: morph "tense" (belly thickening), pattern density from shortening, colour from tension
  for (let si = 0; si < SIDES.length; si++) {
    const s = SIDES[si]
    const m = pose.muscles[s]
    const tense = clamp01(m.tense)
    const short = clamp01(m.shortening / TEACHING.smax)
    for (let mi = 0; mi < 2; mi++) {
      const id = MUSCLES[s][mi]
      const isPsoas = mi === 0
      const list = inst.meshes.get(id)
      if (list)
        for (let i = 0; i < list.length; i++) {
          const idx = inst.tenseIndex.get(list[i])
          if (idx !== undefined && list[i].morphTargetInfluences) list[i].morphTargetInfluences![idx] = tense
        }
      const sm = mats.get(id)
      if (!sm) continue
      sm.material.color.copy(sm.base).lerp(colours.muscleTight, isPsoas ? tense : tense * 0.5)
      if (sm.pattern) sm.pattern.uTight.value = isPsoas ? Math.max(short, tense) : short * 0.5
    }
  }

  // discs: tint by L4–L5 pressure relative to relaxed standing (lower discs most)
  const k = discLoadTint(input.discMPa)
  for (let di = 0; di < DISCS.length; di++) {
    const id = DISCS[di]
    const sm = mats.get(id)
    if (!sm) continue
    const w = id === 'discL4L5' || id === 'discL5S1' ? k : k * 0.6
    sm.material.color.copy(sm.base).lerp(colours.discLoaded, w)
  }

  // nerves: compressed = other colour, glow and thicker
  for (let i = 0; i < targets.materials.length; i++) {
    const { sm, nerve } = targets.materials[i]
    sm.material.emissive.setRGB(0, 0, 0)
    sm.material.emissiveIntensity = 1
    if (!sm.swell || !nerve) continue
    const c = pose.nerves[nerve.key][nerve.side]
    if (c >= NERVE_MARK_THRESHOLD) {
      const n = clamp01(c / TEACHING.nerveCap)
      sm.material.color.copy(colours.nerveCompressed)
      sm.material.emissive.copy(colours.nerveCompressed).multiplyScalar(0.25 + 0.45 * n)
      sm.swell.uSwell.value = NERVE_SWELL_MAX * (0.4 + 0.6 * n)
    } else {
      sm.material.color.copy(sm.base)
      sm.swell.uSwell.value = 0
    }
  }

  // focus and hover glow (added on top of the nerve glow)
  if (input.focus) mats.get(input.focus)?.material.emissive.lerp(colours.highlight, 0.55)
  if (input.hover && input.hover !== input.focus) mats.get(input.hover)?.material.emissive.lerp(colours.highlight, 0.3)
}
