/**
 * The demo's full-screen toggle keeps keyboard focus: entering puts it on the exit button inside
 * the full-screen frame, leaving brings it back to the button that opened it (never the page body).
 * Real clicks (a user gesture), real Fullscreen API where Chromium grants it, else the overlay.
 */
import { useRef } from 'react'
import { createRoot } from 'react-dom/client'
import { afterEach, expect, test } from 'vitest'
import { userEvent } from 'vitest/browser'
import { useFullscreen } from '../../demo/fullscreen.ts'
import { waitFor } from './explainer-helpers.tsx'

function Page() {
  const frame = useRef<HTMLDivElement>(null)
  const enterButton = useRef<HTMLButtonElement>(null)
  const exitButton = useRef<HTMLButtonElement>(null)
  const fs = useFullscreen({ target: frame, enterButton, exitButton })
  return (
    <main>
      <button type="button" ref={enterButton} onClick={fs.toggle} aria-pressed={fs.active}>
        Full screen
      </button>
      <div ref={frame}>
        {fs.active ? (
          <button type="button" ref={exitButton} onClick={fs.toggle}>
            Exit full screen
          </button>
        ) : null}
        <p>viewer</p>
      </div>
    </main>
  )
}

const host = document.createElement('div')
document.body.append(host)
const root = createRoot(host)
afterEach(() => root.render(null))

test('entering full screen focuses its exit button; leaving focuses the full-screen button again', async () => {
  root.render(<Page />)
  await waitFor(() => !!host.querySelector('button'), 2000, 'rendered')
  const enter = host.querySelector<HTMLButtonElement>('button[aria-pressed]')!
  await userEvent.click(enter)
  await waitFor(() => enter.getAttribute('aria-pressed') === 'true', 5000, 'full screen on')
  const exit = [...host.querySelectorAll('button')].find((b) => b.textContent === 'Exit full screen')!
  await waitFor(() => document.activeElement === exit, 2000, 'focus on the exit button')
  await userEvent.click(exit)
  await waitFor(() => enter.getAttribute('aria-pressed') === 'false', 5000, 'full screen off')
  await waitFor(() => document.activeElement === enter, 2000, 'focus back on the full-screen button')
  expect(document.activeElement).not.toBe(document.body)
})

test('the overlay fallback: Escape leaves it and focus comes back too', async () => {
  // a browser without the Fullscreen API (iPhone Safari): the fixed overlay
  Object.defineProperty(document, 'fullscreenEnabled', { configurable: true, get: () => false })
  try {
    root.render(<Page />)
    await waitFor(() => !!host.querySelector('button'), 2000, 'rendered')
    const enter = host.querySelector<HTMLButtonElement>('button[aria-pressed]')!
    await userEvent.click(enter)
    await waitFor(() => enter.getAttribute('aria-pressed') === 'true', 5000, 'overlay on')
    expect(document.fullscreenElement).toBe(null)
    await waitFor(() => document.activeElement?.textContent === 'Exit full screen', 2000, 'focus on the exit button')
    await userEvent.keyboard('{Escape}')
    await waitFor(() => enter.getAttribute('aria-pressed') === 'false', 5000, 'overlay off')
    await waitFor(() => document.activeElement === enter, 2000, 'focus back on the full-screen button')
  } finally {
    delete (document as { fullscreenEnabled?: boolean }).fullscreenEnabled
  }
})
