/**
 * The demo's full-screen toggle: the Fullscreen API where it exists (not on iPhone Safari), else a
 * fixed overlay; Escape leaves the overlay; focus follows the toggle (tests/browser/demo-fullscreen).
 */
import { useCallback, useEffect, useRef, useState } from 'react'

export interface FullscreenRefs {
  /** the element shown full screen */
  target: React.RefObject<HTMLElement | null>
  /** the button that opens full screen: focus comes back to it on leaving */
  enterButton: React.RefObject<HTMLButtonElement | null>
  /** the exit button inside the full-screen element: focused on entering */
  exitButton: React.RefObject<HTMLButtonElement | null>
}

export function useFullscreen({ target, enterButton, exitButton }: FullscreenRefs) {
  const [on, setOn] = useState(false)
  const [pseudo, setPseudo] = useState(false)
  useEffect(() => {
    const sync = () => setOn(document.fullscreenElement === target.current)
    document.addEventListener('fullscreenchange', sync)
    return () => document.removeEventListener('fullscreenchange', sync)
  }, [target])
  useEffect(() => {
    if (!pseudo) return
    const esc = (e: KeyboardEvent) => e.key === 'Escape' && setPseudo(false)
    document.addEventListener('keydown', esc)
    document.documentElement.classList.add('demo-no-scroll')
    return () => {
      document.removeEventListener('keydown', esc)
      document.documentElement.classList.remove('demo-no-scroll')
    }
  }, [pseudo])
  const toggle = useCallback(async () => {
    const el = target.current
    if (!el) return
    if (on) return void document.exitFullscreen?.()
    if (pseudo) return setPseudo(false)
    // Fullscreen API where it exists (not on iPhone Safari); else a fixed overlay.
    if (el.requestFullscreen && document.fullscreenEnabled) {
      try {
        await el.requestFullscreen()
        return
      } catch {
        /* fall through to the overlay */
      }
    }
    setPseudo(true)
  }, [on, pseudo, target])
  const active = on || pseudo
  // entering or leaving full screen keeps the keyboard where the user is: on the exit button inside
  // the full-screen frame, then back on the button that opened it (not on the page body)
  const wasActive = useRef(false)
  useEffect(() => {
    if (active === wasActive.current) return
    wasActive.current = active
    ;(active ? exitButton : enterButton).current?.focus()
  // (the two refs come from the caller: stable objects, listed for the hooks rule)
  // oxlint-disable-next-line react/exhaustive-effect-dependencies
  }, [active, enterButton, exitButton])
  return { active, pseudo, toggle }
}
