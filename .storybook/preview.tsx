import type { Preview } from '@storybook/react-vite'

const preview: Preview = {
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true, matchers: { color: /(background|color)$/i } },
    // Fail the story test on any axe violation (addon-a11y runs axe-core in Chromium).
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
}
export default preview
