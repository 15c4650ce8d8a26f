/**
 * The demo page itself (demo/App.tsx), for the browser tests of the page: mounted as a reader opens
 * it, and the test page's own address given back after each test (the demo reads and writes the address).
 */
import { Suspense } from 'react'
import { App } from '../../demo/App.tsx'
import { mount, type Mounted } from './explainer-helpers.tsx'

/** The test page's own address, as it was before any test changed it. */
export const testPageUrl = location.href

/** Mounts the demo page in a host of the given width. */
export function mountDemo(width: number): Mounted {
  return mount(
    <Suspense fallback={null}>
      <App />
    </Suspense>,
    width,
  )
}
