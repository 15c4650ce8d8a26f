import type { Meta, StoryObj } from '@storybook/react-vite'
import { PANEL_LAYERS } from '../src/components/Controls.tsx'
import { expect } from 'storybook/test'
import { PsoasExplainer } from '../src/components/PsoasExplainer.tsx'
import { LAYER_KEYS } from '../src/scene-state/types.ts'
import type { LayerKey, Layers } from '../src/scene-state/types.ts'
import type { StructureId } from '../src/scene-state/ids.ts'
import { baseArgs, explainerArgTypes, waitForView } from './explainer-story-helpers.tsx'
import { en } from '../src/content/en/index.ts'

/** One layer at a time (plus bones for orientation), and a focus on representative nerves. */
const meta = {
  title: 'Explainer/Layers and focus',
  component: PsoasExplainer,
  tags: ['autodocs'],
  args: { ...baseArgs },
  argTypes: explainerArgTypes,
} satisfies Meta<typeof PsoasExplainer>
export default meta
type Story = StoryObj<typeof meta>

const only = (k: LayerKey): Layers => Object.fromEntries(LAYER_KEYS.map((l) => [l, l === k || l === 'bones'])) as Layers

const layer = (k: LayerKey): Story => ({
  args: { defaultState: { tightness: 0.66, layers: only(k), camera: 'oblique' } },
  play: async ({ canvasElement }) => {
    await waitForView(canvasElement)
    const btn = canvasElement.querySelector<HTMLButtonElement>(`[data-layer="${k}"]`)!
    await expect(btn.getAttribute('aria-pressed')).toBe('true')
    const off = PANEL_LAYERS.filter((l) => !only(k)[l])
    for (const l of off) await expect(canvasElement.querySelector(`[data-layer="${l}"]`)?.getAttribute('aria-pressed')).toBe('false')
  },
})

export const BonesOnly = layer('bones')
export const Discs = layer('discs')
export const Muscles = layer('muscles')
export const NervesLayer = layer('nerves')
export const Forces = layer('forces')
export const Labels = layer('labels')

const focus = (id: StructureId, side: 'left' | 'right' | 'both' = 'right'): Story => ({
  args: { defaultState: { tightness: 1, side, focus: id, camera: 'oblique' } },
  play: async ({ canvasElement }) => {
    await waitForView(canvasElement)
    const info = canvasElement.querySelector('[data-testid="structure-info"]')!
    await expect(info.textContent).toContain(en.structures[id].name)
    await expect(info.textContent).toContain(en.structures[id].description)
  },
})

/** The femoral nerve (L2–L4) at severe tightness: highlighted, with the thigh regions on the body map. */
export const FocusFemoral = focus('femoralRight')
export const FocusGenitofemoral = focus('genitofemoralRight')
export const FocusObturator = focus('obturatorLeft', 'left')
/** Graded "not supported" for psoas compression: it stays at 0 and the caveat is shown. */
export const FocusLateralFemoralCutaneous = focus('lateralFemoralCutaneousRight')
