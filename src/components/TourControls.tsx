import { useEffect, useRef, useState } from 'react'
import { useSceneStore, useSceneStoreApi } from '../react/index.ts'
import { pickSceneState } from '../scene-state/index.ts'
import { CHAPTER_IDS } from '../scene-state/types.ts'
import type { ChapterId, Layers } from '../scene-state/types.ts'
import { format, type Catalog } from '../content/index.ts'
import { useLatest } from './hooks.ts'

/** Reading pace of the tour: a pause plus a time per word (180 words a minute). */
export const TOUR_PACE = Object.freeze({ baseMs: 4000, msPerWord: 60_000 / 180 })

/** How long a chapter of `words` words stays on screen while the tour plays by itself. */
export function chapterReadingMs(words: number, pace: { baseMs: number; msPerWord: number } = TOUR_PACE): number {
  return Math.round(pace.baseMs + Math.max(0, words) * pace.msPerWord)
}

function chapterWords(catalog: Catalog, id: ChapterId): number {
  const ch = catalog.chapters[id]
  return [ch.title, ...ch.paragraphs].join(' ').split(/\s+/).filter(Boolean).length
}

/**
 * What the tour remembers beside its play state: the user's layers when it began (chapters set their
 * own; closing gives them back) and the button that takes the focus where the tour's buttons show next.
 */
export class TourMemory {
  private layers: Layers | null = null
  private focus: string | null = null
  /** keeps the layers the user had before the tour (only the first time until they are taken back) */
  rememberLayers(layers: Layers): void {
    this.layers ??= layers
  }
  takeLayers(): Layers | null {
    const l = this.layers
    this.layers = null
    return l
  }
  focusNext(action: string): void {
    this.focus = action
  }
  takeFocus(): string | null {
    const f = this.focus
    this.focus = null
    return f
  }
}

/**
 * The tour's state that outlives its buttons: the explainer's panel shows them at its top, with the
 * chapter, while a chapter is open, and among the other controls otherwise, so they move (and mount
 * again) when a chapter opens or closes. Kept by the panel (useTourState) and passed to both places.
 */
export interface TourState {
  playing: boolean
  setPlaying: (playing: boolean) => void
  memory: TourMemory
}

export function useTourState(): TourState {
  const [playing, setPlaying] = useState(false)
  const [memory] = useState(() => new TourMemory())
  return { playing, setPlaying, memory }
}

export interface TourControlsProps {
  catalog: Catalog
  /** go to a chapter (applies the chapter's scene) */
  onChapter: (id: ChapterId | null) => void
  /** no automatic advance while true (the play button is then not offered as "pause") */
  reducedMotion: boolean
  /** the reading pace while playing (default TOUR_PACE: 4 s plus 1/3 s per word) */
  pace?: { baseMs: number; msPerWord: number }
  /** the tour's state when its buttons can move (see TourState); by default their own */
  tour?: TourState
}

/**
 * Previous / play-pause / next / close of the guided tour. It starts paused; playing, each chapter
 * stays as long as its text takes to read, and any other interaction with the explainer pauses it.
 * Closing the tour gives back the layers the user had before it. The chapter status is announced.
 */
export function TourControls({ catalog, onChapter, reducedMotion, pace = TOUR_PACE, tour }: TourControlsProps) {
  const chapter = useSceneStore((s) => s.chapter)
  const store = useSceneStoreApi()
  const own = useTourState()
  const { playing, setPlaying, memory } = tour ?? own
  const c = catalog.ui.controls.tour
  const index = chapter ? CHAPTER_IDS.indexOf(chapter) : -1
  const onChapterRef = useLatest(onChapter)
  const autoAdvance = playing && !reducedMotion
  const group = useRef<HTMLDivElement>(null)
  const status = index >= 0 ? format(c.progress, { current: index + 1, total: CHAPTER_IDS.length }) : ''
  // The status is written after its live region is in the page (a region that comes with its text is
  // not read out), so it is announced also when these buttons have just moved.
  const statusRef = useRef<HTMLSpanElement>(null)
  useEffect(() => {
    if (statusRef.current) statusRef.current.textContent = status
  }, [status])

  // moved here by the button that opened or closed the tour: it keeps the focus (not the page body)
  useEffect(() => {
    const action = memory.takeFocus()
    const active = document.activeElement
    if (!action || (active && active !== document.body)) return
    const buttons = group.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')
    const target = [...(buttons ?? [])].find((b) => b.dataset.action === action) ?? buttons?.[0]
    target?.focus()
  }, [memory])

  useEffect(() => {
    if (!autoAdvance) return
    const i = chapter ? CHAPTER_IDS.indexOf(chapter) : -1
    const ms = chapter ? chapterReadingMs(chapterWords(catalog, chapter), pace) : pace.baseMs
    // after the last chapter's reading time the tour stops playing
    const timer = setTimeout(() => (i >= CHAPTER_IDS.length - 1 ? setPlaying(false) : onChapterRef.current(CHAPTER_IDS[i + 1])), ms)
    return () => clearTimeout(timer)
  }, [autoAdvance, chapter, catalog, pace, onChapterRef, setPlaying])

  // any other interaction with the explainer (outside the tour's buttons) pauses the tour
  useEffect(() => {
    if (!autoAdvance) return
    const root = group.current?.closest('.psoas-explainer')
    if (!root) return
    const pause = (e: Event) => {
      if (!group.current?.contains(e.target as Node)) setPlaying(false)
    }
    root.addEventListener('pointerdown', pause)
    root.addEventListener('keydown', pause)
    return () => {
      root.removeEventListener('pointerdown', pause)
      root.removeEventListener('keydown', pause)
    }
  }, [autoAdvance, setPlaying])

  const go = (i: number, action: string) => {
    if (index < 0) {
      memory.rememberLayers(store.getState().layers)
      // opening the tour can move these buttons (to the chapter): the focus goes with them
      memory.focusNext(action)
    }
    onChapter(CHAPTER_IDS[Math.max(0, Math.min(CHAPTER_IDS.length - 1, i))])
  }
  const close = () => {
    setPlaying(false)
    memory.focusNext('play')
    onChapter(null)
    const before = memory.takeLayers()
    if (before) store.actions.replace({ ...pickSceneState(store.getState()), layers: before })
  }
  return (
    <div ref={group} role="group" aria-label={c.label} data-control="tour" data-state={autoAdvance ? 'playing' : 'paused'}>
      <span className="psoas-explainer__label" aria-hidden="true">
        {c.label}
      </span>
      <div className="psoas-controls__row">
        <button type="button" onClick={() => go(index - 1, 'previous')} disabled={index <= 0} data-action="previous">
          {c.previous}
        </button>
        <button
          type="button"
          aria-pressed={autoAdvance}
          data-state={autoAdvance ? 'on' : 'off'}
          data-action="play"
          onClick={() => {
            if (index < 0) go(0, 'play')
            // under reduced motion the tour only starts: it never advances by itself
            if (!reducedMotion) setPlaying(!playing)
          }}
        >
          {autoAdvance ? c.pause : c.play}
        </button>
        <button type="button" onClick={() => go(index + 1, 'next')} disabled={index >= CHAPTER_IDS.length - 1} data-action="next">
          {c.next}
        </button>
        {chapter ? (
          <button type="button" onClick={close} data-action="close">
            {c.close}
          </button>
        ) : null}
        {/* its text is written by the effect above */}
        <span ref={statusRef} className="psoas-controls__tour-status" aria-live="polite" data-testid="tour-status" />
      </div>
    </div>
  )
}
