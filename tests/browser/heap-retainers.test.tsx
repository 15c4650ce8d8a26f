/** The leak tests' diagnostic (tests/setup/heap-retainers.ts) names what keeps a detached canvas alive. */
import { expect, test } from 'vitest'
import { commands } from 'vitest/browser'
import '../setup/heap-retainers.ts'

test('a detached canvas held by a global: its retainer chain names the global and the property', async () => {
  const canvas = document.createElement('canvas')
  document.body.append(canvas)
  canvas.remove()
  const g = globalThis as unknown as { heldByTheTest?: { inner: HTMLCanvasElement } }
  g.heldByTheTest = { inner: canvas }
  try {
    const out = await commands.detachedCanvasRetainers()
    expect(out).toMatch(/\.heldByTheTest → object Object\n\s+\.inner → native <canvas>/)
  } finally {
    delete g.heldByTheTest
  }
})
