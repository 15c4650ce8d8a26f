import { useEffect, useState } from 'react'
import { useSceneStore } from '../react/index.ts'
import { CHAPTER_IDS } from '../scene-state/types.ts'
import type { ChapterId } from '../scene-state/types.ts'
import { format, type Catalog } from '../content/index.ts'
import { useLatest } from './hooks.ts'

export interface TourControlsProps {
  catalog: Catalog
  /** go to a chapter (applies the chapter's scene) */
  onChapter: (id: ChapterId | null) => void
  /** no automatic advance while true */
  reducedMotion: boolean
  /** milliseconds between chapters while playing (default 8000) */
  intervalMs?: number
}

/** Previous / play-pause / next / close of the guided tour; playing advances by itself unless motion is reduced. */
export function TourControls({ catalog, onChapter, reducedMotion, intervalMs = 8000 }: TourControlsProps) {
  const chapter = useSceneStore((s) => s.chapter)
  const [playing, setPlaying] = useState(false)
  const c = catalog.ui.controls.tour
  const index = chapter ? CHAPTER_IDS.indexOf(chapter) : -1
  const onChapterRef = useLatest(onChapter)
  const autoAdvance = playing && !reducedMotion

  useEffect(() => {
    if (!autoAdvance) return
    const timer = setInterval(() => {
      const i = chapter ? CHAPTER_IDS.indexOf(chapter) : -1
      if (i >= CHAPTER_IDS.length - 1) {
        setPlaying(false)
        return
      }
      onChapterRef.current(CHAPTER_IDS[i + 1])
    }, intervalMs)
    return () => clearInterval(timer)
  }, [autoAdvance, chapter, intervalMs, onChapterRef])

  const go = (i: number) => onChapter(CHAPTER_IDS[Math.max(0, Math.min(CHAPTER_IDS.length - 1, i))])
  return (
    <div role="group" aria-label={c.label} data-control="tour" data-state={playing ? 'playing' : 'paused'}>
      <span className="psoas-explainer__label" aria-hidden="true">
        {c.label}
      </span>
      <div className="psoas-controls__row">
        <button type="button" onClick={() => go(index - 1)} disabled={index <= 0} data-action="previous">
          {c.previous}
        </button>
        <button
          type="button"
          aria-pressed={playing}
          data-state={playing ? 'on' : 'off'}
          data-action="play"
          onClick={() => {
            if (!playing && index < 0) go(0)
            setPlaying(!playing)
          }}
        >
          {playing ? c.pause : c.play}
        </button>
        <button type="button" onClick={() => go(index + 1)} disabled={index >= CHAPTER_IDS.length - 1} data-action="next">
          {c.next}
        </button>
        {chapter ? (
          <button
            type="button"
            onClick={() => {
              setPlaying(false)
              onChapter(null)
            }}
            data-action="close"
          >
            {c.close}
          </button>
        ) : null}
        <span className="psoas-controls__tour-status" aria-live="off">
          {index >= 0 ? format(c.progress, { current: index + 1, total: CHAPTER_IDS.length }) : ''}
        </span>
      </div>
    </div>
  )
}
