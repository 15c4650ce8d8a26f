/** Shared args, argTypes and play helpers of the explainer stories. */
import type { ArgTypes } from '@storybook/react-vite'
import { expect, fn, waitFor } from 'storybook/test'
import type { PsoasExplainerProps } from '../src/components/PsoasExplainer.tsx'

/** Stories use the low-poly build of the model (same node names) to keep WebGL cheap. */
export const LOWPOLY_URL = '/models/lumbar-psoas-lowpoly.glb'

export const baseArgs: Partial<PsoasExplainerProps> = {
  modelUrl: LOWPOLY_URL,
  locale: 'en',
  controls: 'full',
  theme: 'light',
  reducedMotion: true,
  height: 380,
  onStateChange: fn(),
  onReady: fn(),
  onError: fn(),
}

/** Controls for every prop of <PsoasExplainer>. */
export const explainerArgTypes: Partial<ArgTypes<PsoasExplainerProps>> = {
  state: { control: 'object', description: 'Controlled scene state (pair with onStateChange)', table: { category: 'State' } },
  defaultState: { control: 'object', description: 'Initial scene state (uncontrolled)', table: { category: 'State' } },
  onStateChange: { description: 'Called with the complete new state after each change', table: { category: 'State' } },
  modelUrl: {
    control: 'select',
    options: ['/models/lumbar-psoas-lowpoly.glb', '/models/lumbar-psoas.glb', '/models/missing.glb'],
    description: 'URL of the glb model',
    table: { category: 'Model' },
  },
  modelQuality: {
    control: 'inline-radio',
    options: ['auto', 'full', 'low'],
    description: "Which model to draw; 'auto' picks the low-poly one on small screens and software WebGL",
    table: { category: 'Model' },
  },
  lowModelUrl: { control: 'text', description: 'URL of the low-poly model (default: modelUrl with -lowpoly)', table: { category: 'Model' } },
  poster: {
    control: 'select',
    options: ['built-in', 'none', 'custom URL'],
    // the built-in posters (models/poster/, per camera preset and theme), none, or a picture of the default front view
    mapping: { 'built-in': undefined, none: false, 'custom URL': '/models/poster/lumbar-psoas-front-light.webp' },
    description:
      "Still picture shown at once and kept until the 3D view's first frame, and with the message when there is no WebGL or no model: the built-in posters (default), false for none, or a URL of a picture of the default front view. Shown only while the state is what it shows (relaxed standing, preset camera)",
    table: { category: 'Model' },
  },
  locale: { control: 'inline-radio', options: ['en', 'es'], description: 'Language of all text', table: { category: 'Appearance' } },
  controls: { control: 'inline-radio', options: ['full', 'minimal', 'none'], description: 'How much UI is shown', table: { category: 'Appearance' } },
  mode: {
    control: 'inline-radio',
    options: ['standard', 'consult'],
    description: "'consult': a toolbar with 44 px targets for tablets (one-tap scenarios, compare, nerves, undo/redo, print, shortcuts)",
    table: { category: 'Appearance' },
  },
  width: { control: 'text', description: 'CSS width (number = px)', table: { category: 'Appearance' } },
  height: { control: { type: 'number', min: 200, max: 900, step: 20 }, description: 'Height of the 3D view (number = px)', table: { category: 'Appearance' } },
  className: { control: 'text', description: 'Extra class on the root', table: { category: 'Appearance' } },
  style: { control: 'object', description: 'Extra inline style (may set --psoas-* variables)', table: { category: 'Appearance' } },
  theme: {
    control: 'select',
    options: ['light', 'dark'],
    description: "'light', 'dark' or a partial theme object (also exposed as --psoas-* CSS variables)",
    table: { category: 'Appearance' },
  },
  reducedMotion: { control: 'boolean', description: 'Jump instead of animating; no tour auto-advance', table: { category: 'Appearance' } },
  onReady: { description: 'Called once the model is shown', table: { category: 'Events' } },
  onError: { description: 'Called when the 3D view fails (the text still works)', table: { category: 'Events' } },
  timeouts: {
    control: 'object',
    description: 'How long to wait (ms) for the model (load, default 30,000) and for a lost WebGL context (contextRestore, default 5,000) before offering "Try again"',
    table: { category: 'Model' },
  },
  shareUrl: {
    control: false,
    description: "Builds the share link from toQuery(state); default: this page's address with the state parameters replaced",
    table: { category: 'Events' },
  },
  ref: { control: false, description: 'Imperative API: getState, setState, snapshot, resetCamera', table: { category: 'API' } },
}

/** What a story expects to read, written out in the story (not computed by the code under test). */
export interface ShownText {
  /** the whole live description (English) */
  text: string
  /** the L4–L5 disc pressure in the readout's "now" column, e.g. "0.57 MPa" */
  disc: string
}

/** Waits for the live text to read `expected.text` and checks the readout's disc pressure (when the readout is shown). */
export async function expectStateShown(root: HTMLElement, expected: ShownText): Promise<void> {
  const live = () => root.querySelector('[data-testid="live-text"]')?.textContent
  await waitFor(() => expect(live()).toBe(expected.text), { timeout: 5000 })
  const disc = root.querySelector('[data-row="disc"] [data-col="now"]')
  if (disc) await expect(disc.textContent).toBe(expected.disc)
}

/** The sentence about the nerves and the caveat that end every description of a pulling psoas. */
export const NERVES_AND_CAVEAT =
  'With this tension, the femoral and obturator nerves could be irritated where they run through or beside the psoas; this may be felt in the front of the thigh, the inner front of the thigh and the inner thigh. This is a common explanation, not a proven cause.'

/** Waits until the panel has come and the model has loaded (the loading bar is gone) or an error is shown. */
export async function waitForView(root: HTMLElement): Promise<void> {
  await waitFor(
    () => {
      // the side panel is a lazy chunk (it comes with the text catalog): its description is always there once it has come
      expect(root.querySelector('[data-testid="live-text"]')).not.toBeNull()
      expect(root.querySelector('[data-testid="loading"]') === null || root.querySelector('[role="alert"]') !== null).toBe(true)
    },
    { timeout: 30_000 },
  )
}
