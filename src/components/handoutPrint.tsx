/**
 * How a handout is printed (loaded on demand with Handout.tsx by PrintHandout.tsx, so none of it is in
 * the first chunk): the data taken at one moment, the button's print (only the handout) and the host
 * page's own print (the handout in place of the web layout).
 */
import type { ReactNode, RefObject } from 'react'
import { createPortal, flushSync } from 'react-dom'
import { pickSceneState, toQuery, type SceneStore } from '../scene-state/index.ts'
import type { Catalog } from '../content/index.ts'
import type { ExplainerCanvasApi } from '../render/index.ts'
import { shareableState } from './ShareButton.tsx'
import { Handout, handoutReady, type HandoutData } from './Handout.tsx'

export { handoutReady }

/** The attribute on <html> while the button's print runs (the print stylesheet hides everything else). */
export const PRINT_ATTRIBUTE = 'data-psoas-print'
/** The element the button's handout is rendered into, at the end of <body>. */
export const PRINT_ROOT_CLASS = 'psoas-print-root'

/** What the explainer hands over for a print. */
export interface PrintContext {
  /** the explainer's root element (its document is the one printed; the 3D canvas is inside it) */
  root: HTMLElement
  store: SceneStore
  canvas: ExplainerCanvasApi | null
  catalog: Catalog
  nonce?: string
  shareUrl: (query: string) => string
  /** shows (or, with null, removes) the handout element; `inPlace` marks the root for the print stylesheet */
  show: (shown: { element: ReactNode; inPlace: boolean } | null) => void
  /** status for the button, set before the (blocking) print dialog opens */
  printed: () => void
  /** holds the end of a running button print (afterprint, a second click or unmount call it) */
  end: RefObject<(() => void) | null>
}

function handoutData(ctx: PrintContext, picture: HandoutData['picture']): HandoutData {
  const state = pickSceneState(ctx.store.getState())
  // the notes' text stays out of the printed link, as in the share button's default
  return { state, view: ctx.store.getView(), url: ctx.shareUrl(toQuery(shareableState(state, false))), date: new Date(), picture }
}

/** The host page prints: the handout in place of the web layout, drawn now (beforeprint cannot wait). */
export function showInPlace(ctx: PrintContext): void {
  // the button's own print shows its handout only
  if (ctx.root.ownerDocument.documentElement.hasAttribute(PRINT_ATTRIBUTE)) return
  // the 3D canvas keeps its last frame (preserveDrawingBuffer): copy it as it is
  const canvas = ctx.root.querySelector<HTMLCanvasElement>('.psoas-explainer__stage canvas')
  const data = handoutData(ctx, canvas && canvas.width > 0 ? canvas : null)
  flushSync(() => ctx.show({ element: <Handout catalog={ctx.catalog} data={data} nonce={ctx.nonce} />, inPlace: true }))
}

/** "Print a handout": renders it in a print root at the end of the body element, marks the html element, opens the print dialog. */
export async function printOnly(ctx: PrintContext): Promise<void> {
  const doc = ctx.root.ownerDocument
  const win = doc.defaultView!
  ctx.end.current?.()
  const png = await ctx.canvas?.snapshot().catch(() => null)
  const picture = png ? await createImageBitmap(png) : null
  const host = doc.createElement('div')
  host.className = PRINT_ROOT_CLASS
  doc.body.append(host)
  const data = handoutData(ctx, picture)
  flushSync(() => ctx.show({ element: createPortal(<Handout catalog={ctx.catalog} data={data} nonce={ctx.nonce} />, host), inPlace: false }))
  doc.documentElement.setAttribute(PRINT_ATTRIBUTE, 'handout')
  const end = () => {
    win.removeEventListener('afterprint', end)
    if (ctx.end.current === end) ctx.end.current = null
    doc.documentElement.removeAttribute(PRINT_ATTRIBUTE)
    host.remove()
    picture?.close()
    ctx.show(null)
  }
  ctx.end.current = end
  win.addEventListener('afterprint', end)
  ctx.printed()
  win.print()
}
