import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react'

/** Follows the `prefers-reduced-motion` media query (false where matchMedia is missing). */
export function usePrefersReducedMotion(): boolean {
  const query = '(prefers-reduced-motion: reduce)'
  const [reduced, setReduced] = useState(() => typeof window !== 'undefined' && !!window.matchMedia?.(query).matches)
  useEffect(() => {
    const mq = window.matchMedia?.(query)
    if (!mq) return
    const on = () => setReduced(mq.matches)
    on()
    mq.addEventListener('change', on)
    return () => mq.removeEventListener('change', on)
  }, [])
  return reduced
}

/** The value, delayed until it has not changed for `ms` (the first value is taken at once). */
export function useDebounced<T>(value: T, ms: number): T {
  const [out, setOut] = useState(value)
  const first = useRef(true)
  useEffect(() => {
    if (first.current) {
      first.current = false
      setOut(value)
      return
    }
    const t = setTimeout(() => setOut(value), ms)
    return () => clearTimeout(t)
  }, [value, ms])
  return out
}

/** A ref that always holds the latest value (for callbacks called from subscriptions and timers). */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value)
  useLayoutEffect(() => {
    ref.current = value
  })
  return ref
}
