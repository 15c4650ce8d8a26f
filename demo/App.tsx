/**
 * The demo page (`npm start`): a calm patient-education page with the explainer embedded, the
 * chapters as an article, a full-screen mode, and the scene state in the URL (a physician can share
 * a link). main.tsx mounts it; browser tests mount it too (its first screen on a phone).
 */
import { useFullscreen } from './fullscreen.ts'
import { startTransition, useCallback, useEffect, useRef, useState } from 'react'
import { PsoasExplainer, type ExplainerMode, type PsoasExplainerApi } from '../src/components/PsoasExplainer.tsx'
import { ChapterPanel, RedFlags } from '../src/components/ChapterPanel.tsx'
import { fromQuery, toQuery, type ParseResult } from '../src/scene-state/index.ts'
import type { ChapterId, SceneState } from '../src/scene-state/types.ts'
import { CHAPTER_IDS } from '../src/scene-state/types.ts'
import { CHAPTERS, LANGUAGE_NAMES, getChapter } from '../src/content/index.ts'
import { useCatalog } from '../src/components/useCatalog.ts'
import { DEMO_TEXT, type DemoLocale } from './text.ts'
import type { ModelQuality } from '../src/platform/model-quality.ts'
import { shareableState } from '../src/components/ShareButton.tsx'
import './demo.css'

function readLocale(): DemoLocale {
  const l = new URLSearchParams(location.search).get('lang')
  return l === 'es' ? 'es' : 'en'
}

/** `?quality=full|low` picks the model (the bench measures both); otherwise the component decides. */
function readQuality(): ModelQuality | undefined {
  const q = new URLSearchParams(location.search).get('quality')
  return q === 'full' || q === 'low' ? q : undefined
}

/** `?mode=consult`: the consultation layout (the toggle above the explainer). */
function readMode(): ExplainerMode {
  return new URLSearchParams(location.search).get('mode') === 'consult' ? 'consult' : 'standard'
}

/** The scene part of the URL (everything but `lang`, `quality` and `mode`), with what could not be used. */
function readState(): ParseResult | null {
  const params = new URLSearchParams(location.search)
  params.delete('lang')
  params.delete('quality')
  params.delete('mode')
  const q = params.toString()
  return q ? fromQuery(q) : null
}


/** Only the language and the layout in the address bar, the rest as it came (before the user changed anything). */
function writeLang(locale: DemoLocale, mode: ExplainerMode = readMode()): void {
  const params = new URLSearchParams(location.search)
  if (locale === 'en') params.delete('lang')
  else params.set('lang', locale)
  if (mode === 'consult') params.set('mode', mode)
  else params.delete('mode')
  const search = params.toString()
  history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}${location.hash}`)
}

function writeUrl(state: SceneState, locale: DemoLocale): void {
  // the address bar is a link people copy: the notes' pins, not their text (as the share button does)
  const q = toQuery(shareableState(state, false))
  const lang = locale === 'en' ? '' : `lang=${locale}`
  const quality = readQuality()
  const mode = readMode() === 'consult' ? 'mode=consult' : ''
  const search = [q, lang, quality ? `quality=${quality}` : '', mode].filter(Boolean).join('&')
  const url = `${location.pathname}${search ? `?${search}` : ''}${location.hash}`
  history.replaceState(null, '', url)
}

export function App() {
  const [locale, setLocale] = useState<DemoLocale>(readLocale)
  const [initial] = useState(readState)
  const [mode, setMode] = useState<ExplainerMode>(readMode)
  // the page's text comes from the explainer's catalog, loaded on demand (the first render waits in <Suspense>)
  const catalog = useCatalog(locale)
  const t = DEMO_TEXT[locale]
  const api = useRef<PsoasExplainerApi>(null)
  const frame = useRef<HTMLDivElement>(null)
  const enterButton = useRef<HTMLButtonElement>(null)
  const exitButton = useRef<HTMLButtonElement>(null)
  const fs = useFullscreen({ target: frame, enterButton, exitButton })
  const urlTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  // The address bar keeps the link as it came (even one with more than a view holds) until the
  // user changes the view; only then is it rewritten from the state.
  const changed = useRef(false)
  const shownLocale = useRef(locale)

  const onStateChange = useCallback(
    (s: SceneState) => {
      changed.current = true
      clearTimeout(urlTimer.current)
      urlTimer.current = setTimeout(() => writeUrl(s, locale), 250)
    },
    [locale],
  )
  useEffect(() => {
    document.documentElement.lang = locale
    document.title = t.pageTitle
    if (shownLocale.current === locale) return
    shownLocale.current = locale
    if (changed.current && api.current) writeUrl(api.current.getState(), locale)
    else writeLang(locale)
  }, [locale, t])

  const showChapter = (id: ChapterId) => {
    api.current?.setState({ ...getChapter(id).state, chapter: id })
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches
    frame.current?.scrollIntoView({ behavior: still ? 'auto' : 'smooth', block: 'start' })
  }

  return (
    <>
      <header className="demo-header">
        <div className="demo-wrap demo-header__row">
          <span className="demo-brand">{t.kicker}</span>
          <label className="demo-lang">
            {t.language}{' '}
            <select
              value={locale}
              // a transition: the page keeps its text until the other language's catalog has loaded
              onChange={(e) => {
                const next = e.currentTarget.value as DemoLocale
                startTransition(() => setLocale(next))
              }}
            >
              {(['en', 'es'] as const).map((l) => (
                <option key={l} value={l} lang={l}>
                  {LANGUAGE_NAMES[l]}
                </option>
              ))}
            </select>
          </label>
        </div>
      </header>
      <main className="demo-wrap">
        <article>
          <h1>{catalog.ui.title}</h1>
          <p className="demo-lead">{t.lead}</p>
          <section aria-labelledby="try-it">
            <div className="demo-section-head">
              <h2 id="try-it">{t.explainerHeading}</h2>
              <div className="demo-actions">
                <button
                  type="button"
                  data-action="consult-layout"
                  aria-pressed={mode === 'consult'}
                  onClick={() => {
                    const next = mode === 'consult' ? 'standard' : 'consult'
                    setMode(next)
                    writeLang(locale, next)
                  }}
                >
                  {t.consultLayout}
                </button>
                <button type="button" ref={enterButton} onClick={fs.toggle} aria-pressed={fs.active}>
                  {fs.active ? catalog.ui.controls.exitFullScreen : catalog.ui.controls.fullScreen}
                </button>
              </div>
            </div>
            <div ref={frame} className={`demo-frame${fs.active ? ' is-fullscreen' : ''}${fs.pseudo ? ' is-pseudo' : ''}`}>
              {fs.active ? (
                <button type="button" ref={exitButton} className="demo-exit" onClick={fs.toggle}>
                  {catalog.ui.controls.exitFullScreen}
                </button>
              ) : null}
              <PsoasExplainer
                ref={api}
                defaultState={initial?.state}
                inputProblems={initial?.problems}
                onStateChange={onStateChange} locale={locale} modelQuality={readQuality()} mode={mode} />
            </div>
          </section>
          <section aria-labelledby="chapters" className="demo-chapters">
            <h2 id="chapters">{t.chaptersHeading}</h2>
            {CHAPTER_IDS.map((id) => (
              <div key={id} className="demo-chapter">
                <ChapterPanel chapter={id} catalog={catalog} headingLevel={3} collapseClaims={catalog.ui.evidenceSummary} />
                <button type="button" onClick={() => showChapter(id)}>
                  {t.showInModel}
                </button>
              </div>
            ))}
          </section>
          {CHAPTERS.some((c) => c.showRedFlags) ? null : <RedFlags catalog={catalog} level="h2" />}
        </article>
      </main>
      <footer className="demo-footer">
        <div className="demo-wrap">
          <p>{catalog.ui.teachingModelLabel}</p>
          <p>{t.footer}</p>
        </div>
      </footer>
    </>
  )
}
