/**
 * Last in every frame: decides whether the scene has settled (the pose reached its target and the
 * camera stopped), requests the next frame if not, and reports onSettled / onReady. Once settled with
 * new materials it prepares, while idle, the shader programs of what is not drawn yet (force arrows,
 * rings, symptom patches appear only with tightness), so the first tightening does not stall on them
 * (~0.5 s measured on software WebGL).
 */
// R3F: the scene's three.js objects and its per-frame state are mutated in frame callbacks and effects by design
/* oxlint-disable react/immutability, react/refs */
import { useEffect, useRef } from 'react'
import { useFrame } from '@react-three/fiber'
import type { Camera, Mesh, Object3D, WebGLRenderer } from 'three'
import { FRAME_PRIORITY, useSceneFrame } from './frame.ts'

/**
 * Builds the shader programs of every material in `scene`, drawn or not (three's compile; async
 * where the browser has KHR_parallel_shader_compile), then makes their first use (uniform and
 * attribute lookup, synchronous round trips to the GPU process) while idle instead of inside the
 * first frame that draws them.
 */
function precompile(gl: WebGLRenderer, scene: Object3D, camera: Camera) {
  const firstUse = () => {
    scene.traverse((o) => {
      const material = (o as Mesh).material
      if (!material) return
      for (const m of Array.isArray(material) ? material : [material]) {
        const program = (gl.properties.get(m) as { currentProgram?: { getUniforms(): unknown } }).currentProgram
        program?.getUniforms()
      }
    })
  }
  try {
    // (compileAsync would warn once on browsers without the extension: compile, then wait a little)
    if (gl.extensions.has('KHR_parallel_shader_compile'))
      gl.compileAsync(scene, camera)
        .then(firstUse)
        .catch(() => undefined)
    else {
      gl.compile(scene, camera)
      setTimeout(firstUse, 50)
    }
  } catch {
    // a renderer without programs (test renderer): nothing to prepare
  }
}

export interface SettleReportProps {
  /** precompile again when this changes (the materials' theme) */
  materialsKey: unknown
  onSettled?: () => void
  onReady?: () => void
}

export function SettleReport({ materialsKey, onSettled, onReady }: SettleReportProps) {
  const frame = useSceneFrame()
  const callbacks = useRef({ onSettled, onReady })
  callbacks.current = { onSettled, onReady }
  const state = useRef<{ compiledFor: unknown; ready: boolean; timer?: ReturnType<typeof setTimeout> }>({ compiledFor: null, ready: false })
  useEffect(() => {
    const s = state.current
    return () => {
      clearTimeout(s.timer)
      s.compiledFor = null
    }
  }, [])
  useFrame((r) => {
    const s = state.current
    frame.settled = frame.poseSettled && !frame.busy
    if (!frame.settled) r.invalidate()
    else callbacks.current.onSettled?.()
    if (frame.settled && s.compiledFor !== materialsKey) {
      s.compiledFor = materialsKey
      clearTimeout(s.timer)
      s.timer = setTimeout(() => precompile(r.gl, r.scene, r.camera), 0)
    }
    if (!s.ready) {
      s.ready = true
      callbacks.current.onReady?.()
    }
  }, FRAME_PRIORITY.report)
  return null
}
