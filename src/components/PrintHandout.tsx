/**
 * The printable handout: a "Print a handout" button and what happens around a print.
 *
 * - The button prepares the handout (loads Handout.tsx and the QR encoder, takes a snapshot of the
 *   view), renders it in a `.psoas-print-root` element at the end of <body>, marks <html> with
 *   `data-psoas-print="handout"` and calls `window.print()`: the print stylesheet then prints only
 *   the handout, not the host page around it. `afterprint` removes both again.
 * - When the host page prints by itself (Ctrl+P, its own print button), each explainer replaces its
 *   web layout with its handout, in place, for that print (`beforeprint` → `afterprint`), if the
 *   handout code has arrived: it is preloaded when the page is idle, as `beforeprint` cannot wait.
 *
 * The handout code, its CSS and the QR encoder are dynamic imports: they are not in the first chunk.
 */
import { useCallback, useEffect, useRef, useState, type ReactNode, type RefObject } from 'react'
import { createPortal, flushSync } from 'react-dom'
import { pickSceneState, toQuery, type SceneStore } from '../scene-state/index.ts'
import type { Catalog } from '../content/index.ts'
import type { ExplainerCanvasApi } from '../render/index.ts'
import { defaultShareUrl, shareableState } from './ShareButton.tsx'
import type { HandoutData } from './Handout.tsx'

type HandoutModule = typeof import('./Handout.tsx')

/** The attribute on <html> while the button's print runs (the print stylesheet hides everything else). */
export const PRINT_ATTRIBUTE = 'data-psoas-print'
/** The element the button's handout is rendered into, at the end of <body>. */
export const PRINT_ROOT_CLASS = 'psoas-print-root'

let loaded: HandoutModule | null = null
let loading: Promise<HandoutModule> | null = null

/** Loads the handout component, its CSS and the QR encoder (once per page). */
export function loadHandout(): Promise<HandoutModule> {
  loading ??= import('./Handout.tsx').then(
    (m) => m.handoutReady.then(() => (loaded = m)),
    (e: unknown) => {
      loading = null
      throw e
    },
  )
  return loading
}

type Printing = { mode: 'only'; host: HTMLElement; data: HandoutData } | { mode: 'inPlace'; data: HandoutData }

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
  /** 'handout' while the handout replaces the layout in place (the root's `data-print`) */
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
  const [printing, setPrinting] = useState<Printing | null>(null)
  const [status, setStatus] = useState<PrintStatus>('idle')
  /** ends the button's print: removes the print root, the <html> mark and the listener */
  const endPrint = useRef<(() => void) | null>(null)

  const collect = useCallback(
    (picture: HandoutData['picture']): HandoutData => {
      const state = pickSceneState(store.getState())
      // the notes' text stays out of the printed link, as in the share button's default
      return { state, view: store.getView(), url: shareUrl(toQuery(shareableState(state, false))), date: new Date(), picture }
    },
    [store, shareUrl],
  )

  // the host page prints: the handout in place of the web layout, for that print only
  useEffect(() => {
    const doc = rootRef.current?.ownerDocument
    const win = doc?.defaultView
    if (!doc || !win) return
    const before = () => {
      if (!loaded || doc.documentElement.hasAttribute(PRINT_ATTRIBUTE)) return
      // beforeprint cannot wait: the 3D canvas keeps its last frame (preserveDrawingBuffer), copy it as it is
      const canvas = rootRef.current?.querySelector<HTMLCanvasElement>('.psoas-explainer__stage canvas') ?? null
      flushSync(() => setPrinting({ mode: 'inPlace', data: collect(canvas && canvas.width > 0 ? canvas : null) }))
    }
    const after = () => setPrinting((p) => (p?.mode === 'inPlace' ? null : p))
    win.addEventListener('beforeprint', before)
    win.addEventListener('afterprint', after)
    const cancel = idle(win, () => void loadHandout().catch(() => undefined))
    return () => {
      cancel()
      win.removeEventListener('beforeprint', before)
      win.removeEventListener('afterprint', after)
    }
  }, [rootRef, collect])

  const print = useCallback(async () => {
    const doc = rootRef.current?.ownerDocument
    const win = doc?.defaultView
    if (!doc || !win) return
    // a print whose afterprint never came (a browser without the event) ends before the next
    endPrint.current?.()
    setStatus('preparing')
    try {
      await loadHandout()
      const png = await canvasRef.current?.snapshot().catch(() => null)
      const picture = png ? await createImageBitmap(png) : null
      const host = doc.createElement('div')
      host.className = PRINT_ROOT_CLASS
      doc.body.append(host)
      flushSync(() => setPrinting({ mode: 'only', host, data: collect(picture) }))
      doc.documentElement.setAttribute(PRINT_ATTRIBUTE, 'handout')
      const end = () => {
        win.removeEventListener('afterprint', end)
        if (endPrint.current === end) endPrint.current = null
        doc.documentElement.removeAttribute(PRINT_ATTRIBUTE)
        host.remove()
        picture?.close()
        setPrinting((p) => (p?.mode === 'only' && p.host === host ? null : p))
      }
      endPrint.current = end
      win.addEventListener('afterprint', end)
      setStatus('printed')
      win.print()
    } catch {
      setStatus('failed')
    }
  }, [rootRef, canvasRef, collect])

  // an explainer unmounted during a print leaves nothing behind
  useEffect(() => () => endPrint.current?.(), [])

  let element: ReactNode = null
  if (printing && loaded) {
    const handout = <loaded.Handout catalog={catalog} data={printing.data} nonce={nonce} />
    element = printing.mode === 'only' ? createPortal(handout, printing.host) : handout
  }
  return { print, status, inPlace: printing?.mode === 'inPlace', element }
}

export interface PrintHandoutButtonProps {
  catalog: Catalog
  print: () => Promise<void>
  status: PrintStatus
}

/** The "Print a handout" button with its status line. */
export function PrintHandoutButton({ catalog, print, status }: PrintHandoutButtonProps) {
  const t = catalog.ui.handout
  return (
    <div className="psoas-print" data-state={status}>
      <button type="button" data-action="print-handout" onClick={() => void print()} disabled={status === 'preparing'}>
        {t.button}
      </button>
      <p role="status" className="psoas-explainer__note">
        {status === 'idle' ? '' : t[status]}
      </p>
    </div>
  )
}
