/**
 * The "Save a picture" button (full and minimal controls): a PNG download of the view whose caption
 * band and Description text hold the state in words, the notes and the disclaimer.
 */
import { afterEach, expect, test, vi } from 'vitest'
import { PsoasExplainer } from '../../src/components/PsoasExplainer.tsx'
import { readPngText } from '../../src/components/snapshotCaption.ts'
import { getCatalog } from '../../src/content/index.ts'
import { LOWPOLY, mount, q, unmountAll, waitFor } from './explainer-helpers.tsx'

afterEach(() => {
  unmountAll()
  vi.restoreAllMocks()
})

const en = getCatalog('en')
const es = getCatalog('es')

/** Clicks the button and returns the PNG handed to the browser as a download. */
async function save(host: HTMLElement): Promise<{ png: Blob; fileName: string }> {
  const blobs: Blob[] = []
  const names: string[] = []
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    blobs.push(b as Blob)
    return 'blob:test'
  })
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download)
  })
  q<HTMLButtonElement>(host, '[data-action="snapshot"]').click()
  await waitFor(() => q(host, '.psoas-snapshot').dataset.state === 'saved', 20_000, 'saved')
  return { png: blobs[0], fileName: names[0] }
}

test('full controls: the picture carries the state in words, the notes and the disclaimer', async () => {
  let ready = false
  const { host } = mount(
    <PsoasExplainer
      modelUrl={LOWPOLY}
      reducedMotion
      height={200}
      onReady={() => (ready = true)}
      defaultState={{ tightness: 1, side: 'right', annotations: [{ id: 'n1', structure: 'vertebraL4', offset: [0, 0, 0], text: 'Pain here when standing' }] }}
    />,
  )
  await waitFor(() => ready, 30_000, 'first frame')
  expect(q(host, '[data-action="snapshot"]').textContent).toBe('Save a picture')
  const { png, fileName } = await save(host)
  expect(fileName).toBe('psoas-explainer.png')
  expect(png.type).toBe('image/png')
  const text = readPngText(new Uint8Array(await png.arrayBuffer())).Description
  const lines = text.split('\n')
  expect(lines[0]).toMatch(/^Right psoas very tight \(100%\), standing/)
  expect(lines[1]).toBe('1. Pain here when standing')
  expect(lines[2]).toBe(en.ui.disclaimer)
  expect(q(host, '.psoas-snapshot [role="status"]').textContent).toBe(en.ui.snapshot.saved)
  // the band under the image: taller than the canvas
  const bitmap = await createImageBitmap(png)
  const canvas = q<HTMLCanvasElement>(host, 'canvas')
  expect(bitmap.height).toBeGreaterThan(canvas.height)
})

test('minimal controls, Spanish: the button is there and its caption is in Spanish', async () => {
  let ready = false
  const { host } = mount(<PsoasExplainer modelUrl={LOWPOLY} locale="es" controls="minimal" reducedMotion height={200} onReady={() => (ready = true)} />)
  await waitFor(() => ready, 30_000, 'first frame')
  expect(q(host, '[data-action="snapshot"]').textContent).toBe('Guardar una imagen')
  const { png, fileName } = await save(host)
  expect(fileName).toBe('psoas-explicacion.png')
  const lines = readPngText(new Uint8Array(await png.arrayBuffer())).Description.split('\n')
  expect(lines[0]).toBe('Ambos psoas relajados, de pie')
  expect(lines.at(-1)).toBe(es.ui.disclaimer)
})
