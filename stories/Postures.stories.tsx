import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect } from 'storybook/test'
import { PsoasExplainer } from '../src/components/PsoasExplainer.tsx'
import type { Posture } from '../src/scene-state/types.ts'
import { derivePose } from '../src/scene-state/index.ts'
import { baseArgs, expectStateShown, explainerArgTypes, storyState, waitForView } from './explainer-story-helpers.tsx'

/** Each posture of the scene state at "tight" (0.66), both sides. */
const meta = {
  title: 'Explainer/Postures',
  component: PsoasExplainer,
  tags: ['autodocs'],
  args: { ...baseArgs },
  argTypes: explainerArgTypes,
} satisfies Meta<typeof PsoasExplainer>
export default meta
type Story = StoryObj<typeof meta>

const posture = (p: Posture): Story => ({
  args: { defaultState: { tightness: 0.66, side: 'both', posture: p, camera: 'side' } },
  play: async ({ canvasElement, args }) => {
    await waitForView(canvasElement)
    const s = storyState(args)
    await expectStateShown(canvasElement, s)
    const select = canvasElement.querySelector<HTMLSelectElement>('[data-control="posture"] select')!
    await expect(select.value).toBe(p)
    const normal = derivePose(s).readout.normal
    await expect(canvasElement.querySelector('[data-row="disc"] [data-col="normal"]')?.textContent).toBe(`${normal.discL4L5MPa.toFixed(2)} MPa`)
  },
})

export const Standing = posture('standing')
export const Sitting = posture('sitting')
export const Supine = posture('supine')
export const RisingFromChair = posture('risingFromChair')
export const ThomasTest = posture('thomasTest')
export const HipFlexorStretch = posture('hipFlexorStretch')
