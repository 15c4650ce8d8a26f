/**
 * The printable handout, printed to PDF by Chromium (CDP Page.printToPDF) and read back with pdf.js:
 * one or two pages on A4 and on Letter, with the state in words, the readouts, a chapter with its
 * evidence grade and references, the red flags, the disclaimer, the date and the share link, whose QR
 * code decodes back to the link (jsQR). In print media only the handout shows, not the host page.
 *
 * Why the handout is copied into the top document to be printed: Vitest runs this file in an iframe
 * of its orchestrator page, and CDP prints the top document, where an iframe is one unbreakable box.
 * The copy is the handout's own markup (the print root "Print a handout" appends to <body>) with the
 * component's stylesheet and the same <html> mark, which is what the page would print on its own.
 */
import { afterEach, expect, onTestFinished, test, vi } from 'vitest'
import { cdp, commands } from 'vitest/browser'
import jsQR from 'jsqr'
import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist'
// Vite's ?url suffix gives the worker file's URL as the default export (the linter sees the module itself)
// oxlint-disable-next-line import/default
import pdfWorker from 'pdfjs-dist/build/pdf.worker.min.mjs?url'
import { PsoasExplainer } from '../../src/components/PsoasExplainer.tsx'
import { loadHandout } from '../../src/components/PrintHandout.tsx'
import { PRINT_ATTRIBUTE, PRINT_ROOT_CLASS } from '../../src/components/handoutPrint.tsx'
import { EXPLAINER_CSS } from '../../src/components/styles.ts'
import { HANDOUT_CSS } from '../../src/components/handoutStyles.ts'
import { describe as describeState, format, getCatalog } from '../../src/content/index.ts'
import { deriveView } from '../../src/scene-state/view.ts'
import { LOWPOLY, mount, q, unmountAll, waitFor } from './explainer-helpers.tsx'

GlobalWorkerOptions.workerSrc = pdfWorker

afterEach(() => {
  unmountAll()
  vi.restoreAllMocks()
  document.documentElement.removeAttribute(PRINT_ATTRIBUTE)
  document.querySelectorAll(`.${PRINT_ROOT_CLASS}`).forEach((e) => e.remove())
})

const en = getCatalog('en')
const es = getCatalog('es')

const PAPER = { a4: { paperWidth: 8.27, paperHeight: 11.69 }, letter: { paperWidth: 8.5, paperHeight: 11 } } as const

/**
 * Copies `printRoot` into the top document (see above) and returns a printer for it. Copied once: a
 * print fires `afterprint` in this frame too, after which the explainer removes its print root.
 */
function stageInTop(printRoot: HTMLElement): { print(paper: keyof typeof PAPER): Promise<Uint8Array>; remove(): void } {
  const top = window.parent.document
  const style = top.createElement('style')
  style.textContent = EXPLAINER_CSS + HANDOUT_CSS
  const copy = top.importNode(printRoot, true)
  // a canvas is copied without its pixels
  const from = printRoot.querySelectorAll('canvas')
  copy.querySelectorAll('canvas').forEach((c, i) => c.getContext('2d')!.drawImage(from[i], 0, 0))
  top.head.append(style)
  top.body.append(copy)
  top.documentElement.setAttribute(PRINT_ATTRIBUTE, 'handout')
  return {
    async print(paper) {
      const { data } = await cdp().send('Page.printToPDF', { ...PAPER[paper], printBackground: false })
      return Uint8Array.from(atob(data), (ch) => ch.charCodeAt(0))
    },
    remove() {
      top.documentElement.removeAttribute(PRINT_ATTRIBUTE)
      copy.remove()
      style.remove()
    },
  }
}

/** Page count and the text of every page (whitespace collapsed). */
async function readPdf(bytes: Uint8Array): Promise<{ pages: number; text: string[] }> {
  const task = getDocument({ data: bytes })
  const pdf = await task.promise
  const text: string[] = []
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent()
    text.push(
      content.items
        .map((it) => ('str' in it ? it.str + (it.hasEOL ? ' ' : '') : ''))
        .join('')
        .replace(/\s+/g, ' '),
    )
  }
  const pages = pdf.numPages
  await task.destroy()
  return { pages, text }
}

/** Decodes the QR code drawn by an <svg> (rasterised through an image, then jsQR). */
async function decodeQr(svg: SVGSVGElement): Promise<string | undefined> {
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' }))
  try {
    const img = new Image(400, 400)
    img.src = url
    await img.decode()
    const canvas = new OffscreenCanvas(400, 400)
    const ctx = canvas.getContext('2d')!
    ctx.drawImage(img, 0, 0, 400, 400)
    return jsQR(ctx.getImageData(0, 0, 400, 400).data, 400, 400)?.data
  } finally {
    URL.revokeObjectURL(url)
  }
}

function toBase64(bytes: Uint8Array): string {
  let s = ''
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(s)
}

/** URLs of every resource the page has requested so far. */
const requests = () => performance.getEntriesByType('resource').map((e) => e.name)
const squash = (s: string) => s.replace(/\s+/g, '')
const today = (locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date())

/** Mounts an explainer beside host content, waits for its first frame, and clicks "Print a handout" (window.print stubbed). */
async function printHandout(props: Parameters<typeof PsoasExplainer>[0]) {
  const printed = vi.spyOn(window, 'print').mockImplementation(() => undefined)
  let ready = false
  const { host } = mount(
    <>
      <p data-testid="host-content">The host page’s own article.</p>
      <PsoasExplainer modelUrl={LOWPOLY} reducedMotion height={300} onReady={() => (ready = true)} shareUrl={(query) => `https://clinic.example/psoas?${query}`} {...props} />
    </>,
  )
  await waitFor(() => ready, 30_000, 'first frame')
  q<HTMLButtonElement>(host, '[data-action="print-handout"]').click()
  await waitFor(() => printed.mock.calls.length > 0, 20_000, 'window.print()')
  const printRoot = q(document.body, `:scope > .${PRINT_ROOT_CLASS}`)
  return { host, printRoot, handout: q(printRoot, '[data-testid="handout"]') }
}

test('English, compare on: the handout prints on 1–2 A4 and Letter pages with every section, and only the handout prints', async () => {
  const state = { tightness: 1, side: 'right' as const, posture: 'standing' as const, compare: { tightness: 0 } }
  const { host, printRoot, handout } = await printHandout({
    defaultState: { ...state, annotations: [{ id: 'n1', structure: 'vertebraL4', offset: [0, 0, 0], text: 'Private note about the patient' }] },
  })
  expect(q(host, '[data-action="print-handout"]').textContent).toBe(en.ui.handout.button)
  // the status is set just before window.print() is called; React draws it in its next commit
  await waitFor(() => q(host, '.psoas-print [role="status"]').textContent === en.ui.handout.printed, 5000, 'the "printed" status')
  expect(document.documentElement.getAttribute(PRINT_ATTRIBUTE)).toBe('handout')

  // print media: the handout shows; the host page and the explainer's web layout do not
  await cdp().send('Emulation.setEmulatedMedia', { media: 'print' })
  try {
    expect(getComputedStyle(handout).display).toBe('block')
    expect(getComputedStyle(host).display).toBe('none')
    expect(handout.querySelector('.psoas-handout__figure canvas')).not.toBeNull()
  } finally {
    await cdp().send('Emulation.setEmulatedMedia', { media: '' })
  }
  // on screen it stays hidden
  expect(getComputedStyle(handout).display).toBe('none')

  // the QR code carries the share link, which is printed under it, without the note's text
  const link = q(handout, '.psoas-handout__url').textContent!
  expect(link).toMatch(/^https:\/\/clinic\.example\/psoas\?/)
  expect(link).not.toContain('Private')
  expect(await decodeQr(q<SVGSVGElement>(handout, 'svg.psoas-qr'))).toBe(link)

  // the view draws the current state on the left and the compare state on the right
  // (tests/browser/render-compare.test.tsx); its pane labels are these two catalog strings
  const paneLabels = [en.ui.controls.compareCurrent, en.ui.controls.compareNormal]
  const view = deriveView(state)
  const staged = stageInTop(printRoot)
  onTestFinished(() => staged.remove())
  for (const paper of ['a4', 'letter'] as const) {
    const pdf = await staged.print(paper)
    await commands.writeFile(`tests/browser/__screenshots__/explainer-handout/handout-en-${paper}.pdf`, toBase64(pdf), 'base64')
    const { pages, text } = await readPdf(pdf)
    expect(pages, paper).toBeGreaterThanOrEqual(1)
    expect(pages, paper).toBeLessThanOrEqual(2)
    const all = text.join(' ')
    expect(all).not.toContain('host page')
    expect(all).toContain(en.ui.handout.title)
    expect(all).toContain(format(en.ui.handout.date, { date: today('en') }))
    // the caption names the panes in the order the view draws them (its pane labels, left then right)
    expect(all).toContain(format(en.ui.handout.compareCaption, { left: paneLabels[0], right: paneLabels[1] }))
    // the state in words (the live description) and the readouts
    expect(all).toContain(en.ui.handout.stateTitle)
    expect(squash(all)).toContain(squash(describeState(view, 'en')))
    expect(all).toContain(en.ui.readout.title)
    expect(all).toContain(en.ui.readout.discL4L5)
    // a chapter with a claim, its grade and its references (a tight right psoas marks nerves: "Nerves near the psoas")
    expect(all).toContain(en.chapters.nerves.title)
    expect(squash(all)).toContain(squash(`${en.evidence.grade}: ${en.evidence.grades.hypothesis.name}`))
    expect(all).toContain('Moro 2003')
    expect(all).toContain('Moro T, Kikuchi S')
    // red flags, the disclaimer and the link
    expect(all).toContain(en.safety.title)
    expect(squash(all)).toContain(squash(en.safety.redFlags.saddleNumbness))
    expect(squash(all)).toContain(squash(en.ui.disclaimer))
    expect(squash(all)).toContain(squash(link))
  }

  // the print is over (printing to PDF fired afterprint here too): nothing is left in the page
  window.dispatchEvent(new Event('afterprint'))
  await waitFor(() => !document.querySelector(`.${PRINT_ROOT_CLASS}`), 5000, 'print root removed')
  expect(document.documentElement.hasAttribute(PRINT_ATTRIBUTE)).toBe(false)
})

test('Spanish, sitting: the handout is in Spanish, from the catalog, on 1–2 pages', async () => {
  const state = { tightness: 0.66, side: 'both' as const, posture: 'sitting' as const }
  const { printRoot, handout } = await printHandout({ locale: 'es', controls: 'minimal', defaultState: state })
  expect(handout.getAttribute('lang')).toBe('es')
  const staged = stageInTop(printRoot)
  onTestFinished(() => staged.remove())
  const pdf = await staged.print('a4')
  await commands.writeFile('tests/browser/__screenshots__/explainer-handout/handout-es-a4.pdf', toBase64(pdf), 'base64')
  const { pages, text } = await readPdf(pdf)
  expect(pages).toBeGreaterThanOrEqual(1)
  expect(pages).toBeLessThanOrEqual(2)
  const all = text.join(' ')
  expect(all).toContain(es.ui.handout.title)
  expect(all).toContain(format(es.ui.handout.date, { date: today('es') }))
  expect(squash(all)).toContain(squash(describeState(deriveView(state), 'es')))
  expect(all).toContain(es.ui.readout.title)
  expect(all).toContain(es.chapters.causes.title)
  expect(squash(all)).toContain(squash(`${es.evidence.grade}: ${es.evidence.grades.hypothesis.name}`))
  expect(all).toContain(es.safety.title)
  expect(squash(all)).toContain(squash(es.ui.disclaimer))
  expect(all).toContain(es.ui.handout.linkTitle)
  // no English headings slipped in
  for (const english of [en.ui.handout.title, en.ui.handout.stateTitle, en.ui.handout.chaptersTitle, en.safety.title, en.ui.readout.title]) expect(all).not.toContain(english)
})

test('the host page prints by itself: the explainer prints its handout in place of its web layout, the host content stays', async () => {
  await loadHandout()
  let ready = false
  const { host } = mount(
    <>
      <p data-testid="host-content">The host page’s own article.</p>
      <PsoasExplainer modelUrl={LOWPOLY} reducedMotion height={300} onReady={() => (ready = true)} defaultState={{ tightness: 0.66, posture: 'thomasTest', side: 'right' }} />
    </>,
  )
  await waitFor(() => ready, 30_000, 'first frame')
  const root = q(host, '.psoas-explainer')
  window.dispatchEvent(new Event('beforeprint'))
  // beforeprint cannot wait: the handout is there synchronously
  const handout = q(root, ':scope > [data-testid="handout"]')
  expect(root.dataset.print).toBe('handout')
  expect(handout.querySelector('canvas')).not.toBeNull()
  expect(handout.querySelector('svg.psoas-qr')).not.toBeNull()
  await cdp().send('Emulation.setEmulatedMedia', { media: 'print' })
  try {
    expect(getComputedStyle(handout).display).toBe('block')
    expect(getComputedStyle(q(root, '.psoas-explainer__layout')).display).toBe('none')
    expect(getComputedStyle(q(host, '[data-testid="host-content"]')).display).not.toBe('none')
    expect(handout.innerText).toContain(en.chapters.examination.title)
  } finally {
    await cdp().send('Emulation.setEmulatedMedia', { media: '' })
  }
  window.dispatchEvent(new Event('afterprint'))
  await waitFor(() => !root.querySelector('[data-testid="handout"]'), 5000, 'handout removed')
  expect(root.dataset.print).toBeUndefined()
})

test('the share box shows the QR code of the copied link (made in the page: no request leaves it)', async () => {
  const writes: string[] = []
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: vi.fn<(t: string) => Promise<void>>(async (t) => void writes.push(t)) } })
  onTestFinished(() => void delete (navigator as unknown as Record<string, unknown>).clipboard)
  const { host } = mount(<PsoasExplainer modelUrl={LOWPOLY} locale="es" reducedMotion height={160} defaultState={{ tightness: 0.66, side: 'left' }} />)
  const button = await waitFor(() => host.querySelector<HTMLButtonElement>('[data-action="share"]'), 5000, 'share button')
  const before = requests()
  button.click()
  const svg = await waitFor(() => host.querySelector<SVGSVGElement>('[data-testid="share-qr"] svg.psoas-qr'), 5000, 'QR code')
  expect(svg.getAttribute('aria-label')).toBe(es.ui.share.qrLabel)
  expect(q(host, '[data-testid="share-qr"] figcaption').textContent).toBe(es.ui.share.qrHint)
  expect(writes).toHaveLength(1)
  expect(await decodeQr(svg)).toBe(writes[0])
  // whatever loaded for the code came from this page's own server
  expect(requests().filter((r) => !before.includes(r) && !r.startsWith(location.origin))).toEqual([])
})

test('an explainer unmounted while its handout waits for the print leaves nothing behind; a second click replaces the first handout', async () => {
  const { printRoot } = await printHandout({})
  const button = q<HTMLButtonElement>(document.body, '[data-action="print-handout"]')
  await waitFor(() => !button.disabled, 5000, 'the button enabled again')
  button.click()
  await waitFor(() => (window.print as unknown as { mock: { calls: unknown[] } }).mock.calls.length === 2, 20_000, 'second print')
  expect(printRoot.isConnected).toBe(false)
  expect(document.querySelectorAll(`.${PRINT_ROOT_CLASS}`)).toHaveLength(1)
  unmountAll()
  expect(document.querySelector(`.${PRINT_ROOT_CLASS}`)).toBeNull()
  expect(document.documentElement.hasAttribute(PRINT_ATTRIBUTE)).toBe(false)
})
