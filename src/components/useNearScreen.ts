/**
 * Whether an element is on screen or close to it (IntersectionObserver). The explainer mounts its
 * WebGL canvas only then and releases it when the view scrolls far away: a page holds only about 16
 * live WebGL contexts and the browser drops the oldest beyond that, for good; with the canvas
 * mounted only near the screen, 20 viewers on one page each keep a working view.
 */
import { useEffect, useState, type RefObject } from 'react'

/** How far outside the viewport a view still counts as near (its canvas is ready when it scrolls in). */
export const NEAR_SCREEN_MARGIN = '200px'

export function useNearScreen(ref: RefObject<Element | null>, margin = NEAR_SCREEN_MARGIN): boolean {
  // without IntersectionObserver (old browsers, server rendering) every view counts as on screen
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined')
  useEffect(() => {
    const el = ref.current
    if (!el || typeof IntersectionObserver === 'undefined') return
    const observer = new IntersectionObserver((entries) => setNear(entries[entries.length - 1].isIntersecting), { rootMargin: margin })
    observer.observe(el)
    return () => observer.disconnect()
  }, [ref, margin])
  return near
}
