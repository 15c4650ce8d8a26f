/**
 * Safety (issue 10): the disclaimer and the warning signs, opened from each entry point (body map,
 * nerve list, tour) in English and Spanish. Panel parts on a store, without the 3D view (cheap);
 * the whole component is checked in tests/browser/explainer-safety.test.tsx.
 */
import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState } from 'react'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { SymptomMap } from '../src/components/SymptomMap.tsx'
import { NerveList } from '../src/components/NerveList.tsx'
import { ChapterBox } from '../src/components/ChapterBox.tsx'
import { Disclaimer } from '../src/components/Disclaimer.tsx'
import { EXPLAINER_CSS } from '../src/components/styles.ts'
import { LIGHT_THEME, themeToCssVars } from '../src/components/theme.ts'
import { SceneStoreProvider } from '../src/react/index.ts'
import { createSceneStore } from '../src/scene-state/index.ts'
import { getCatalog } from '../src/content/index.ts'

type EntryPoint = 'bodyMap' | 'nerveList' | 'tour'

interface SafetyDemoProps {
  /** 'en' | 'es' */
  locale: string
  /** the panel box that holds the warning-signs button */
  from: EntryPoint
}

/** One panel box (body map, nerve list or the tour's chapter) with the disclaimer under it, as in the explainer's panel. */
function SafetyDemo({ locale, from }: SafetyDemoProps) {
  const catalog = getCatalog(locale)
  const [store] = useState(() => createSceneStore({ tightness: 0.66, side: 'right', chapter: 'nerves' }))
  return (
    <SceneStoreProvider store={store}>
      <style>{EXPLAINER_CSS}</style>
      <div className="psoas-explainer" lang={locale} style={{ ...themeToCssVars(LIGHT_THEME), maxWidth: 440, padding: 12 }}>
        <div className="psoas-explainer__panel">
          {from === 'bodyMap' ? <SymptomMap catalog={catalog} /> : from === 'nerveList' ? <NerveList catalog={catalog} /> : <ChapterBox catalog={catalog} />}
          <Disclaimer catalog={catalog} id={`disclaimer-${from}-${locale}`} hidden={false} />
        </div>
      </div>
    </SceneStoreProvider>
  )
}

const meta = {
  title: 'Explainer/Safety',
  component: SafetyDemo,
  tags: ['autodocs'],
  args: { locale: 'en', from: 'bodyMap' },
  argTypes: {
    locale: { control: 'inline-radio', options: ['en', 'es'], description: 'Language of the text' },
    from: { control: 'inline-radio', options: ['bodyMap', 'nerveList', 'tour'], description: 'Where the warning signs are opened from' },
  },
} satisfies Meta<typeof SafetyDemo>
export default meta
type Story = StoryObj<typeof meta>

// Written out: the button, the emergency heading and one emergency item per locale, and the disclaimer.
const EXPECTED = {
  en: {
    button: 'Warning signs',
    emergency: 'Go to an emergency department now, or call an ambulance, if you have any of these:',
    bothLegs: 'You have pain, numbness or weakness in both legs.',
    disclaimer: 'This explains; it does not diagnose. Ask a doctor or physiotherapist about your own symptoms.',
  },
  es: {
    button: 'Señales de alarma',
    emergency: 'Vaya ahora a un servicio de urgencias, o llame a una ambulancia, si tiene algo de esto:',
    bothLegs: 'Tiene dolor, adormecimiento o debilidad en las dos piernas.',
    disclaimer: 'Esto explica; no diagnostica. Consulte a un médico o fisioterapeuta sobre sus propios síntomas.',
  },
} as const

function opensWarningSigns(locale: 'en' | 'es', from: EntryPoint): Story {
  const e = EXPECTED[locale]
  return {
    args: { locale, from },
    play: async ({ canvasElement }) => {
      const c = within(canvasElement)
      await expect(c.getByTestId('disclaimer').textContent).toBe(e.disclaimer)
      // the open chapter loads on demand (the tour's warning signs are in it): find waits for it
      const button = await c.findByRole('button', { name: e.button })
      await expect(button.closest(`[data-from="${from}"]`)).not.toBeNull()
      await expect(button.getAttribute('aria-expanded')).toBe('false')
      // one step, by keyboard
      button.focus()
      await userEvent.keyboard('{Enter}')
      await waitFor(() => expect(button.getAttribute('aria-expanded')).toBe('true'))
      const list = canvasElement.querySelector<HTMLElement>('[data-testid="red-flags"]')!
      await expect(list.querySelector('[data-urgency="emergency"] strong')?.textContent).toBe(e.emergency)
      await expect(list.querySelector('[data-red-flag="bothLegs"]')?.textContent).toContain(e.bothLegs)
    },
  }
}

export const BodyMapEnglish = opensWarningSigns('en', 'bodyMap')
export const BodyMapSpanish = opensWarningSigns('es', 'bodyMap')
export const NerveListEnglish = opensWarningSigns('en', 'nerveList')
export const NerveListSpanish = opensWarningSigns('es', 'nerveList')
export const TourEnglish = opensWarningSigns('en', 'tour')
export const TourSpanish = opensWarningSigns('es', 'tour')
