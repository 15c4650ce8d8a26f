/**
 * Safety (issue 10): the disclaimer and the warning signs, opened from each entry point in English
 * and Spanish: the body map, the nerve list and the tour (panel parts on a store, without the 3D
 * view: cheap), the explainer's panel footer, the custom element and the iframe page (the whole
 * component, with a model URL that does not exist so that no WebGL work is done: the text and the
 * safety list work without the 3D view). Also checked in tests/browser/explainer-safety.test.tsx.
 */
import type { Meta, StoryObj } from '@storybook/react-vite'
import { useEffect, useRef, useState } from 'react'
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
import { PsoasExplainer } from '../src/components/PsoasExplainer.tsx'
import { definePsoasExplainerElement } from '../src/embed/element.tsx'
import { mountIframeExplainer } from '../src/embed/iframe.tsx'

type EntryPoint = 'bodyMap' | 'nerveList' | 'tour' | 'panelFooter' | 'element' | 'iframePage'

/** No such file: the explainer shows its text, its panel and its safety list without drawing a model. */
const NO_MODEL = '/models/missing.glb'

interface SafetyDemoProps {
  /** 'en' | 'es' */
  locale: string
  /** the panel box that holds the warning-signs button */
  from: EntryPoint
}

/** The custom element, as a page without React would write it. */
function ElementDemo({ locale }: { locale: string }) {
  const host = useRef<HTMLDivElement>(null)
  useEffect(() => {
    definePsoasExplainerElement()
    const el = document.createElement('psoas-explainer')
    el.setAttribute('model-url', NO_MODEL)
    el.setAttribute('locale', locale)
    el.setAttribute('controls', 'full')
    el.setAttribute('state', 't=0.66&s=r')
    el.setAttribute('height', '160')
    el.setAttribute('reduced-motion', '')
    host.current!.append(el)
    return () => el.remove()
  }, [locale])
  return <div ref={host} style={{ maxWidth: 760 }} />
}

/** The iframe page's content (demo/embed.html mounts the same), driven by its query. */
function IframePageDemo({ locale }: { locale: string }) {
  const host = useRef<HTMLDivElement>(null)
  useEffect(() => mountIframeExplainer(host.current!, window, `?controls=full&lang=${locale}&model=${NO_MODEL}&t=0.66&s=r&height=160`), [locale])
  return <div ref={host} style={{ maxWidth: 760 }} />
}

/**
 * Where the patient reads: one panel box (body map, nerve list or the tour's chapter) with the
 * disclaimer under it, as in the explainer's panel; or the whole explainer (its panel footer), the
 * custom element or the iframe page.
 */
function SafetyDemo({ locale, from }: SafetyDemoProps) {
  if (from === 'panelFooter')
    return (
      <div style={{ maxWidth: 760 }}>
        <PsoasExplainer modelUrl={NO_MODEL} locale={locale} controls="full" reducedMotion height={160} defaultState={{ tightness: 0.66, side: 'right' }} />
      </div>
    )
  if (from === 'element') return <ElementDemo locale={locale} />
  if (from === 'iframePage') return <IframePageDemo locale={locale} />
  return <PanelPartDemo locale={locale} from={from} />
}

function PanelPartDemo({ locale, from }: SafetyDemoProps) {
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
    from: {
      control: 'inline-radio',
      options: ['bodyMap', 'nerveList', 'tour', 'panelFooter', 'element', 'iframePage'],
      description: 'Where the disclaimer and the warning signs are read: a panel box, the whole explainer, the custom element or the iframe page',
    },
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

/** In the whole explainer (footer, element, iframe page) the list is opened from the body map's button. */
const BUTTON_IN: Record<EntryPoint, string> = {
  bodyMap: 'bodyMap',
  nerveList: 'nerveList',
  tour: 'tour',
  panelFooter: 'bodyMap',
  element: 'bodyMap',
  iframePage: 'bodyMap',
}

function opensWarningSigns(locale: 'en' | 'es', from: EntryPoint): Story {
  const e = EXPECTED[locale]
  return {
    args: { locale, from },
    play: async ({ canvasElement }) => {
      const c = within(canvasElement)
      // the whole explainer loads its panel on demand: findBy waits for it
      const disclaimer = await c.findByTestId('disclaimer', {}, { timeout: 10_000 })
      await expect(disclaimer.textContent).toBe(e.disclaimer)
      if (from === 'panelFooter' || from === 'element' || from === 'iframePage') {
        // the panel ends with it, visible; it is also the explainer's accessible description
        await expect(disclaimer.closest('.psoas-explainer__panel')?.lastElementChild).toBe(disclaimer)
        await expect(disclaimer.className).toBe('psoas-explainer__disclaimer')
        const root = disclaimer.closest<HTMLElement>('.psoas-explainer')!
        await expect(root.getAttribute('lang')).toBe(locale)
        await expect((root.getAttribute('aria-describedby') ?? '').split(' ')).toContain(disclaimer.id)
      }
      if (from === 'element') await expect(disclaimer.closest('psoas-explainer')).not.toBeNull()
      // the open chapter loads on demand (the tour's warning signs are in it): find waits for it
      const box = await waitFor(
        () => {
          const el = canvasElement.querySelector<HTMLElement>(`[data-from="${BUTTON_IN[from]}"]`)
          if (!el) throw new Error(`no warning signs in ${BUTTON_IN[from]} yet`)
          return el
        },
        { timeout: 10_000 },
      )
      const scope = within(box)
      const button = await scope.findByRole('button', { name: e.button })
      await expect(button.closest(`[data-from="${BUTTON_IN[from]}"]`)).not.toBeNull()
      await expect(button.getAttribute('aria-expanded')).toBe('false')
      // one step, by keyboard
      button.focus()
      await userEvent.keyboard('{Enter}')
      await waitFor(() => expect(button.getAttribute('aria-expanded')).toBe('true'))
      const list = button.closest('.psoas-warning-signs')!.querySelector<HTMLElement>('[data-testid="red-flags"]')!
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
export const PanelFooterEnglish = opensWarningSigns('en', 'panelFooter')
export const PanelFooterSpanish = opensWarningSigns('es', 'panelFooter')
export const ElementEnglish = opensWarningSigns('en', 'element')
export const ElementSpanish = opensWarningSigns('es', 'element')
export const IframePageEnglish = opensWarningSigns('en', 'iframePage')
export const IframePageSpanish = opensWarningSigns('es', 'iframePage')
