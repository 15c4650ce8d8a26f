import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, within } from 'storybook/test'
import { PsoasExplainer } from '../src/components/PsoasExplainer.tsx'
import { baseArgs, explainerArgTypes, waitForView } from './explainer-story-helpers.tsx'
import { en } from '../src/content/en/index.ts'

/**
 * Taking a view home: the share link (notes' text left out unless "Include my notes" is ticked, with
 * a warning) and "Save a picture" (a PNG with the state in words, the notes and the disclaimer).
 */
const meta = {
  title: 'Explainer/Sharing',
  component: PsoasExplainer,
  tags: ['autodocs'],
  args: {
    ...baseArgs,
    defaultState: { tightness: 0.66, side: 'right', annotations: [{ id: 'n1', structure: 'vertebraL4', offset: [0, 0, 0], text: 'Pain since March' }] },
  },
  argTypes: explainerArgTypes,
} satisfies Meta<typeof PsoasExplainer>
export default meta
type Story = StoryObj<typeof meta>

/** With a note: the checkbox starts off; ticking it shows the one-line warning. */
export const ShareWithNotes: Story = {
  play: async ({ canvasElement }) => {
    await waitForView(canvasElement)
    const c = within(canvasElement)
    const box = c.getByRole('checkbox', { name: en.ui.share.includeNotes })
    await expect(box).not.toBeChecked()
    await userEvent.click(box)
    await expect(c.getByText(en.ui.share.includeNotesWarning)).toBeTruthy()
  },
}

/** Minimal controls keep the picture button. */
export const SavePictureMinimal: Story = {
  args: { controls: 'minimal' },
  play: async ({ canvasElement }) => {
    await waitForView(canvasElement)
    await expect(within(canvasElement).getByRole('button', { name: en.ui.snapshot.button })).toBeTruthy()
  },
}
