import type { Preview } from '@storybook/react-vite'
import { withSetup } from '../stories/Setup.tsx'

const preview: Preview = {
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true, matchers: { color: /(background|color)$/i } },
    // Fail the story test on any axe violation (addon-a11y runs axe-core in Chromium).
    a11y: { test: 'error' },
    // the main component first, then its parts, the 3D scene and the internals
    options: {
      storySort: { order: ['Explainer', ['PsoasExplainer', 'Playground', '*'], '3D', ['PsoasScene', '*'], 'Internals'] },
    },
  },
  // The shared Setup decorator (canvas, lights, camera): acts on stories that set `parameters.setup`.
  decorators: [withSetup],
  tags: ['autodocs'],
}
export default preview
