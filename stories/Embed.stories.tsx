/**
 * The iframe page (src/embed/iframe.tsx; served as demo/embed.html) as a host page sees it: the
 * page's content and message handling (createIframePage) with a stand-in for its window, whose parent
 * records the messages it posts (shown under the view). README, "Embedding safely": `?model=` may only name a model on the page's own origin or
 * an allowed one (`origins`).
 */
import type { Meta, StoryObj } from '@storybook/react-vite'
import { useEffect, useState } from 'react'
import { expect, waitFor } from 'storybook/test'
import { createIframePage } from '../src/embed/iframe.tsx'
import { parseEmbedMessage, type EmbedMessage } from '../src/embed/messages.ts'
import { waitForView } from './explainer-story-helpers.tsx'

/** The clinic's site that frames the page (allowed), and a site it is not allowed to take a model from. */
const CLINIC = 'https://clinic.example'
const FOREIGN_MODEL = 'https://models.example/lumbar-psoas.glb'

interface IframePageProps {
  /** The iframe page's query (what follows `embed.html`) */
  query: string
}

/** The iframe page in a stand-in window framed by the clinic's page; the messages it posts to the clinic are listed. */
function IframePage({ query }: IframePageProps) {
  // a new query is a new page (and a new list of messages)
  return <StandInFrame key={query} query={query} />
}

function StandInFrame({ query }: IframePageProps) {
  const [posted, setPosted] = useState<Array<{ origin: string; message: EmbedMessage }>>([])
  // the page's own code (src/embed/iframe.tsx), rendered in the story's React root
  const [page] = useState(() => {
    // a MessagePort is a valid MessageEvent source; its postMessage is replaced by a recorder
    const parent = new MessageChannel().port1
    Object.defineProperty(parent, 'postMessage', {
      value(data: unknown, origin: string) {
        const message = parseEmbedMessage(data)
        if (message) setPosted((list) => [...list, { origin, message }])
      },
    })
    const events = new EventTarget()
    const win = {
      parent,
      document: { referrer: `${CLINIC}/patients/back-pain` },
      location: { search: query, href: location.href, origin: location.origin },
      addEventListener: events.addEventListener.bind(events),
      removeEventListener: events.removeEventListener.bind(events),
    } as unknown as Window
    return createIframePage(win, query)
  })
  useEffect(() => page.connect(), [page])
  return (
    <div style={{ maxWidth: 760 }}>
      {page.element}
      <section aria-label="Messages the clinic's page received" style={{ font: '13px/1.4 monospace', marginTop: 12 }}>
        <strong>Messages the clinic&apos;s page received</strong>
        <ol data-testid="host-messages">
          {posted.map((p, i) => (
            <li key={i}>
              to {p.origin}: {p.message.type}
              {p.message.type === 'error' ? ` (${p.message.kind}) ${p.message.message}` : ''}
            </li>
          ))}
        </ol>
      </section>
    </div>
  )
}

const meta = {
  title: 'Embed/Iframe page',
  component: IframePage,
  args: { query: '' },
  argTypes: { query: { control: 'text', description: "The iframe page's query (what follows embed.html)" } },
} satisfies Meta<typeof IframePage>
export default meta
type Story = StoryObj<typeof meta>

const foreignModelQuery = (lang: string) =>
  `?t=0.66&s=r&origins=${encodeURIComponent(CLINIC)}&model=${encodeURIComponent(FOREIGN_MODEL)}&quality=low&controls=minimal&height=260&motion=reduce&lang=${lang}`

const REFUSED = {
  en: 'The 3D model named in this link comes from a site that is not allowed here, so it was not loaded. The standard model is shown.',
  es: 'El modelo 3D que indica este enlace viene de un sitio no permitido aquí, así que no se cargó. Se muestra el modelo estándar.',
} as const

function playForeignModel(lang: 'en' | 'es'): Story['play'] {
  return async ({ canvasElement }) => {
    await waitForView(canvasElement)
    // the patient reads in plain words that the link's model was refused, and why
    const line = await waitFor(
      () => {
        const li = canvasElement.querySelector<HTMLElement>('[data-testid="left-out"] li[data-left-out="model"]')
        expect(li).not.toBeNull()
        return li!
      },
      { timeout: 10_000 },
    )
    await expect(line.textContent).toBe(REFUSED[lang])
    // the standard (low-poly) model is drawn instead
    await waitFor(() => expect(canvasElement.querySelector('.psoas-explainer__view[data-3d="drawn"]')).not.toBeNull(), { timeout: 30_000 })
    // the clinic's page gets the details, and only the clinic
    const log = canvasElement.querySelector<HTMLElement>('[data-testid="host-messages"]')!
    await waitFor(() => expect(log.textContent).toContain('ready'))
    await expect(log.textContent).toContain(
      `to ${CLINIC}: error (modelUrl) [psoas-explainer] model URL "${FOREIGN_MODEL}" is on https://models.example, which is neither this page's origin`,
    )
    await expect([...log.querySelectorAll('li')].every((li) => li.textContent!.startsWith(`to ${CLINIC}:`))).toBe(true)
    // and nothing was requested from the other site
    await expect(performance.getEntriesByType('resource').filter((e) => e.name.startsWith('https://models.example'))).toEqual([])
  }
}

/** A link whose `?model=` is on a site that is not allowed: refused, said plainly, the standard model shown. */
export const ForeignModel: Story = {
  args: { query: foreignModelQuery('en') },
  // the refusal is also a console warning for the page's developer: expected here
  beforeEach: () => {
    const warn = console.warn
    console.warn = (...args: unknown[]) => (String(args[0]).includes('[psoas-explainer] model URL') ? undefined : warn(...args))
    return () => void (console.warn = warn)
  },
  play: playForeignModel('en'),
}

/** The same in Spanish (`lang=es`). */
export const ForeignModelSpanish: Story = {
  args: { query: foreignModelQuery('es') },
  beforeEach: ForeignModel.beforeEach,
  play: playForeignModel('es'),
}
