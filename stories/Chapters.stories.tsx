import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, waitFor, within } from 'storybook/test'
import { PsoasExplainer } from '../src/components/PsoasExplainer.tsx'
import type { ChapterId } from '../src/scene-state/types.ts'
import { getChapter, getClaim } from '../src/content/index.ts'
import { baseArgs, explainerArgTypes, waitForView } from './explainer-story-helpers.tsx'
import { en } from '../src/content/en/index.ts'

/** Each chapter of the guided tour: its scene, its text and its claims with evidence grades. */
const meta = {
  title: 'Explainer/Chapters',
  component: PsoasExplainer,
  tags: ['autodocs'],
  args: { ...baseArgs },
  argTypes: explainerArgTypes,
} satisfies Meta<typeof PsoasExplainer>
export default meta
type Story = StoryObj<typeof meta>

const chapter = (id: ChapterId): Story => ({
  args: { defaultState: { ...getChapter(id).state, chapter: id } },
  play: async ({ canvasElement }) => {
    await waitForView(canvasElement)
    // the chapter's panel can come a moment after the live text (the first story of a cold Storybook under load did
    // not find it yet in CI): wait for it rather than assume it
    const panel = await waitFor(
      () => {
        const el = canvasElement.querySelector<HTMLElement>(`[data-chapter="${id}"]`)
        expect(el).not.toBeNull()
        return el!
      },
      { timeout: 30_000 },
    )
    await expect(within(panel).getByRole('heading', { name: en.chapters[id].title })).toBeTruthy()
    for (const claimId of getChapter(id).claimIds) {
      const claim = panel.querySelector(`[data-claim="${claimId}"]`)!
      // the grade is written in words, not only shown as a colour
      await expect(claim.textContent).toContain(en.evidence.grades[getClaim(claimId).grade].name)
    }
  },
})

export const Anatomy = chapter('anatomy')
export const Spine = chapter('spine')
export const Nerves = chapter('nerves')
export const Causes = chapter('causes')
export const Signs = chapter('signs')
export const Examination = chapter('examination')
export const Treatment = chapter('treatment')
