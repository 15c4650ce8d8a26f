/**
 * Shared Setup for 3D stories (drei's habit): a sized, labelled R3F canvas with render on demand,
 * the explainer's lights and a camera, plus a "ready" flag on the wrapper that play functions wait
 * for. As a decorator it only acts on stories that set `parameters.setup` (others pass through),
 * so it is safe to register globally.
 */
import { createContext, useContext, useRef, type ReactNode } from 'react'
import type { Decorator } from '@storybook/react-vite'
import { Canvas, type RootState } from '@react-three/fiber'
import { SceneLights } from '../src/render/SceneLights.tsx'

export interface SetupProps {
  /** CSS size of the canvas */
  width?: number | string
  height?: number | string
  /** canvas background (CSS colour); null = transparent */
  background?: string | null
  /** camera position (m); the explainer's CameraRig moves it when the scene has cameraControls */
  cameraPosition?: [number, number, number]
  /** add the explainer's lights (set false when the story brings its own) */
  lights?: boolean
  /** accessible name of the canvas */
  label?: string
  children?: ReactNode
}

interface SetupApi {
  /** call when the scene is ready (e.g. from PsoasScene's onReady) */
  markReady(): void
  /** call from onSettled */
  markSettled(): void
}
const SetupContext = createContext<SetupApi>({ markReady: () => undefined, markSettled: () => undefined })
/** The Setup's ready/settled markers (inside a Setup). */
export const useSetup = () => useContext(SetupContext)

/** R3F state of each Setup wrapper (for play functions). */
export const setupStates = new WeakMap<Element, RootState>()

export function Setup({
  width = '100%',
  height = 420,
  background = '#eef1f5',
  cameraPosition = [0, -0.02, 0.95],
  lights = true,
  label = '3D view of the lumbar spine, psoas muscles and nerves',
  children,
}: SetupProps) {
  const wrapper = useRef<HTMLDivElement>(null)
  const api: SetupApi = {
    markReady: () => {
      if (wrapper.current) wrapper.current.dataset.ready = 'true'
    },
    markSettled: () => {
      if (wrapper.current) wrapper.current.dataset.settled = 'true'
    },
  }
  return (
    <div ref={wrapper} data-testid="setup" role="img" aria-label={label} style={{ width, height, position: 'relative' }}>
      <SetupContext value={api}>
        <Canvas
          frameloop="demand"
          dpr={[1, 1.5]}
          gl={{ preserveDrawingBuffer: true }}
          camera={{ fov: 35, near: 0.01, far: 20, position: cameraPosition }}
          onCreated={(s) => {
            if (wrapper.current) setupStates.set(wrapper.current, s)
          }}
        >
          {background ? <color attach="background" args={[background]} /> : null}
          {lights ? <SceneLights /> : null}
          {children}
        </Canvas>
      </SetupContext>
    </div>
  )
}

/** Decorator: wraps the story in <Setup {...parameters.setup}> when that parameter is set. */
export const withSetup: Decorator = (Story, context) => {
  const setup = context.parameters.setup as SetupProps | undefined
  if (!setup) return <Story />
  return (
    <Setup {...setup}>
      <Story />
    </Setup>
  )
}

/** Waits (in a play function) until the Setup inside `root` reports ready (and settled). */
export async function waitForSetup(root: HTMLElement, what: 'ready' | 'settled' = 'settled', ms = 45_000): Promise<HTMLElement> {
  const t0 = performance.now()
  for (;;) {
    const el = root.querySelector<HTMLElement>('[data-testid="setup"]')
    if (el && el.dataset[what] === 'true') return el
    if (performance.now() - t0 > ms) throw new Error(`Setup not ${what} after ${ms} ms`)
    await new Promise((r) => setTimeout(r, 50))
  }
}
