import type { Preview } from '@storybook/react-vite'
import { withSetup } from '../stories/Setup.tsx'

const preview: Preview = {
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true, matchers: { color: /(background|color)$/i } },
    // Fail the story test on any axe violation (addon-a11y runs axe-core in Chromium).
    a11y: { test: 'error' },
  },
  // The shared Setup decorator (canvas, lights, camera): acts on stories that set `parameters.setup`.
  decorators: [withSetup],
  tags: ['autodocs'],
}
export default preview
