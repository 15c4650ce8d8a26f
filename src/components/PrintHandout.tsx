/**
 * The printable handout: a "Print a handout" button and what happens around a print.
 *
 * - The button prepares the handout (loads Handout.tsx and the QR encoder, takes a snapshot of the
 *   view), renders it in a `.psoas-print-root` element at the end of the body element, marks the html element with
 *   `data-psoas-print="handout"` and calls `window.print()`: the print stylesheet then prints only
 *   the handout, not the host page around it. `afterprint` removes both again.
 * - When the host page prints by itself (Ctrl+P, its own print button), each explainer replaces its
 *   web layout with its handout, in place, for that print (`beforeprint` → `afterprint`), if the
 *   handout code has arrived: it is preloaded when the page is idle, as `beforeprint` cannot wait.
 *
 * The handout, its CSS, the QR encoder and these steps (handoutPrint.tsx) are dynamic imports: only
 * this hook and the button are in the first chunk.
 */
import { useCallback, useEffect, useRef, useState, type ReactNode, type RefObject } from 'react'
import type { SceneStore } from '../scene-state/index.ts'
import type { Catalog } from '../content/index.ts'
import type { ExplainerCanvasApi } from '../render/index.ts'
import { defaultShareUrl } from './ShareButton.tsx'
import { useLatest } from './hooks.ts'
import type { PrintContext } from './handoutPrint.tsx'
import { ActionStatus } from './ActionStatus.tsx'

type PrintModule = typeof import('./handoutPrint.tsx')

let loaded: PrintModule | null = null
let loading: Promise<PrintModule> | null = null

/** Loads the handout, its CSS, the QR encoder and the print steps (once per page). */
export function loadHandout(): Promise<PrintModule> {
  loading ??= import('./handoutPrint.tsx').then(
    (m) => m.handoutReady.then(() => (loaded = m)),
    (e: unknown) => {
      loading = null
      throw e
    },
  )
  return loading
}

export type PrintStatus = 'idle' | 'preparing' | 'printed' | 'failed'

export interface UsePrintHandoutOptions {
  store: SceneStore
  catalog: Catalog
  /** the explainer's root element (its document is the one printed; the 3D canvas is inside it) */
  rootRef: RefObject<HTMLElement | null>
  canvasRef: RefObject<ExplainerCanvasApi | null>
  shareUrl?: (query: string) => string
  /** the page's CSP nonce, for the handout's stylesheet */
  nonce?: string
}

export interface PrintHandout {
  /** prepares the handout and opens the print dialog */
  print(): Promise<void>
  status: PrintStatus
  /** true while the handout replaces the layout in place (the root's `data-print`) */
  inPlace: boolean
  /** the handout element: render it inside the explainer's root (a portal for the button's print) */
  element: ReactNode
}

const idle = (win: Window, run: () => void): (() => void) => {
  if (typeof win.requestIdleCallback === 'function') {
    const id = win.requestIdleCallback(run, { timeout: 5000 })
    return () => win.cancelIdleCallback(id)
  }
  const id = win.setTimeout(run, 2000)
  return () => win.clearTimeout(id)
}

export function usePrintHandout({ store, catalog, rootRef, canvasRef, shareUrl = defaultShareUrl, nonce }: UsePrintHandoutOptions): PrintHandout {
  const [shown, setShown] = useState<{ element: ReactNode; inPlace: boolean } | null>(null)
  const [status, setStatus] = useState<PrintStatus>('idle')
  const end = useRef<(() => void) | null>(null)
  const props = useLatest({ store, catalog, canvasRef, shareUrl, nonce })
  const context = useCallback(
    (root: HTMLElement): PrintContext => {
      const p = props.current
      return { root, store: p.store, canvas: p.canvasRef.current, catalog: p.catalog, nonce: p.nonce, shareUrl: p.shareUrl, show: setShown, printed: () => setStatus('printed'), end }
    },
    [props],
  )

  // the host page prints: the handout in place of the web layout, for that print only
  useEffect(() => {
    const root = rootRef.current
    const win = root?.ownerDocument.defaultView
    if (!root || !win) return
    const before = () => loaded?.showInPlace(context(root))
    const after = () => setShown((s) => (s?.inPlace ? null : s))
    win.addEventListener('beforeprint', before)
    win.addEventListener('afterprint', after)
    const cancel = idle(win, () => void loadHandout().catch(() => undefined))
    return () => {
      cancel()
      win.removeEventListener('beforeprint', before)
      win.removeEventListener('afterprint', after)
    }
  }, [rootRef, context])

  const print = useCallback(async () => {
    const root = rootRef.current
    if (!root) return
    setStatus('preparing')
    try {
      await (await loadHandout()).printOnly(context(root))
    } catch {
      setStatus('failed')
    }
  }, [rootRef, context])

  // an explainer unmounted during a print leaves nothing behind
  useEffect(() => () => end.current?.(), [])

  return { print, status, inPlace: shown?.inPlace ?? false, element: shown?.element ?? null }
}

export interface PrintHandoutButtonProps {
  catalog: Catalog
  print: () => Promise<void>
  status: PrintStatus
}

/** The "Print a handout" button with its status line. */
export function PrintHandoutButton({ catalog, print, status }: PrintHandoutButtonProps) {
  const t = catalog.ui.handout
  return <ActionStatus className="psoas-print" action="print-handout" label={t.button} status={status} busy="preparing" messages={t} onClick={() => void print()} />
}
