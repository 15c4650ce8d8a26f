import type { Preview } from '@storybook/react-vite'
import { withSetup } from '../stories/Setup.tsx'
import { LOCALES, loadCatalog } from '../src/content/catalogs.ts'

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
  // the text catalogs load on demand (the explainer loads its own): parts rendered alone and helpers
  // that take a locale (describe, structureLabel) read them synchronously, so every story has them all
  loaders: [async () => ({ catalogs: await Promise.all(LOCALES.map((l) => loadCatalog(l))) })],
  tags: ['autodocs'],
}
export default preview
