import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect } from 'storybook/test'
import { PsoasExplainer } from '../src/components/PsoasExplainer.tsx'
import type { Posture } from '../src/scene-state/types.ts'
import { baseArgs, expectStateShown, explainerArgTypes, NERVES_AND_CAVEAT, waitForView, type ShownText } from './explainer-story-helpers.tsx'

// in the Thomas test and the stretch the nerves' risk comes from stretching the tight muscle, and the text says so
const STRETCHED_NERVES =
  'Stretching the tight muscle puts it under tension, so the femoral and obturator nerves could be irritated where they run through or beside the psoas; this may be felt in the front of the thigh, the inner front of the thigh and the inner thigh.'
const THOMAS_NERVES_AND_CAVEAT = `${STRETCHED_NERVES} This is a common explanation, not a proven cause.`
const STRETCH_NERVES_AND_CAVEAT = `${STRETCHED_NERVES} This stretch also stretches the femoral nerve: stop if it hurts or tingles. This is a common explanation, not a proven cause.`

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

const posture = (p: Posture, expected: ShownText & { normalDisc: string }): Story => ({
  args: { defaultState: { tightness: 0.66, side: 'both', posture: p, camera: 'side' } },
  play: async ({ canvasElement }) => {
    await waitForView(canvasElement)
    await expectStateShown(canvasElement, expected)
    const select = canvasElement.querySelector<HTMLSelectElement>('[data-control="posture"] select')!
    await expect(select.value).toBe(p)
    await expect(canvasElement.querySelector('[data-row="disc"] [data-col="normal"]')?.textContent).toBe(expected.normalDisc)
  },
})

// Written out from the teaching model (anatomy-reference §5; disc pressures after Wilke 1999:
// standing 0.50, sitting 0.46, lying 0.10, rising from a chair 1.10 MPa relaxed; the Thomas test's
// 0.12 and the stretch's 0.50 are rough values nobody measured, and the text says so).
const MEASURED = 'a measured example from one person'
const ROUGH = 'a rough value for this position, not measured'
const pressure = (from: string, to: string, cause = 'The muscle’s tension presses', start = MEASURED) =>
  `${cause} the spine together, so pressure in the L4–L5 disc rises from about ${from} MPa (${start}) to ${to} MPa (a teaching estimate).`
const PULL = 'Once the hip has no room left, the shorter muscle pulls on the spine: in this teaching model'
export const Standing = posture('standing', {
  text: `Standing: both psoas muscles tight (66%). ${PULL} the lower-back curve deepens from 51° to 57° and the pelvis tips forward 6°. ${pressure('0.50', '0.63')} ${NERVES_AND_CAVEAT}`,
  disc: '0.63 MPa',
  normalDisc: '0.50 MPa',
})
export const Sitting = posture('sitting', {
  text: 'Sitting: both psoas muscles tight (66%). While sitting the psoas is slack, so it does not pull: the lower-back curve stays at 34°. This is a common explanation, not a proven cause.',
  disc: '0.46 MPa',
  normalDisc: '0.46 MPa',
})
export const Supine = posture('supine', {
  text: `Lying on the back: both psoas muscles tight (66%). ${PULL} the lower-back curve deepens from 46° to 52° and the pelvis tips forward 6°. ${pressure('0.10', '0.13')} ${NERVES_AND_CAVEAT}`,
  disc: '0.13 MPa',
  normalDisc: '0.10 MPa',
})
export const RisingFromChair = posture('risingFromChair', {
  text: `Getting up from a chair: both psoas muscles tight (66%). It is often said that a tight psoas pulls on the lower spine as you get up, while the hips are still bent (curve 31°). ${pressure('1.10', '1.25')} ${NERVES_AND_CAVEAT}`,
  disc: '1.25 MPa',
  normalDisc: '1.10 MPa',
})
export const ThomasTest = posture('thomasTest', {
  text: `Thomas test: both psoas muscles tight (66%). The right thigh stays 1° above the table line: the test is positive, a sign of tight hip flexors. ${pressure('0.12', '0.14', 'Stretching the tight muscle presses', ROUGH)} ${THOMAS_NERVES_AND_CAVEAT}`,
  disc: '0.14 MPa',
  normalDisc: '0.12 MPa',
})
export const HipFlexorStretch = posture('hipFlexorStretch', {
  text: `Hip-flexor stretch: both psoas muscles tight (66%). The back (right) thigh reaches 4° behind the body before the stretch is felt (15° when relaxed). ${pressure('0.50', '0.57', 'Stretching the tight muscle presses', ROUGH)} ${STRETCH_NERVES_AND_CAVEAT}`,
  disc: '0.57 MPa',
  normalDisc: '0.50 MPa',
})
