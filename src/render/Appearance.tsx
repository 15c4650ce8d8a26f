/**
 * Materials of one viewer (one per structure, from the theme) and, per frame, what the displayed
 * pose does to them: psoas/iliacus morph and fibre pattern, disc load tint, compressed-nerve colour
 * and swell, focus and hover glow, layer visibility (appearance.ts). The materials are this
 * viewer's own and are disposed when the theme changes or the viewer goes away; the glTF's shared
 * materials are never touched.
 */
// R3F: the scene's three.js objects and its per-frame state are mutated in frame callbacks and effects by design
/* oxlint-disable react/immutability, react/refs */
import { useLayoutEffect, useMemo } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import { createStructureMaterials, geometryUnit, type SceneTheme } from './materials.ts'
import { appearanceTargets, applyAppearance, themeColours } from './appearance.ts'
import { FRAME_PRIORITY, useSceneFrame } from './frame.ts'

export function Appearance({ theme }: { theme: SceneTheme }) {
  const frame = useSceneFrame()
  const invalidate = useThree((s) => s.invalidate)
  const { instance } = frame
  const mats = useMemo(
    () => createStructureMaterials(instance.meshes.keys(), theme, (id) => !!instance.meshes.get(id)?.every((m) => m.geometry.hasAttribute('_ao'))),
    [instance, theme],
  )
  const targets = useMemo(() => appearanceTargets(instance, mats), [instance, mats])
  const colours = useMemo(() => themeColours(theme), [theme])
  useLayoutEffect(() => {
    for (const [id, list] of instance.meshes) {
      const sm = mats.get(id)
      if (!sm) continue
      for (const m of list) m.material = sm.material
      const unit = geometryUnit(list[0])
      if (sm.pattern) sm.pattern.uUnit.value = unit
      if (sm.swell) sm.swell.uUnit.value = unit
    }
    invalidate()
    // disposing is safe under StrictMode's effect replay: a disposed material is uploaded again when drawn
    return () => {
      for (const sm of mats.values()) sm.material.dispose()
    }
  }, [instance, mats, invalidate])
  useFrame(() => {
    applyAppearance(instance, mats, targets, colours, frame.displayed, frame)
  }, FRAME_PRIORITY.appearance)
  return null
}
