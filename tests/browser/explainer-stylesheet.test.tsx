/**
 * The component CSS under a strict CSP (README, "Embedding safely"): one constructed stylesheet per
 * document by default (`document.adoptedStyleSheets`, which `style-src 'self'` allows), and a
 * `<style nonce>` when the host passes its CSP nonce. The served pages under a real CSP header are
 * checked in tests/csp/strict-csp.test.ts.
 */
import { afterEach, expect, test } from 'vitest'
import { PsoasExplainer } from '../../src/components/PsoasExplainer.tsx'
import { LOWPOLY, mount, q, unmountAll, waitFor } from './explainer-helpers.tsx'

afterEach(unmountAll)

const explainerSheets = () => document.adoptedStyleSheets.filter((s) => [...s.cssRules].some((r) => r instanceof CSSStyleRule && r.selectorText === '.psoas-explainer'))

test('by default the CSS is one constructed stylesheet, shared by every explainer, and no <style> element of its own', async () => {
  const a = mount(<PsoasExplainer modelUrl={LOWPOLY} controls="none" reducedMotion />)
  const b = mount(<PsoasExplainer modelUrl={LOWPOLY} controls="minimal" reducedMotion />)
  await waitFor(() => a.host.querySelector('.psoas-explainer') && b.host.querySelector('.psoas-explainer'), 5000, 'two explainers')
  expect(explainerSheets().length).toBe(1)
  expect([...document.querySelectorAll('style')].filter((st) => st.textContent?.includes('.psoas-explainer')).length).toBe(0)
  // applied: the stage is laid out by it (position and the default 520 px height)
  const stage = q(a.host, '.psoas-explainer__stage')
  expect(getComputedStyle(stage).position).toBe('relative')
  expect(stage.getBoundingClientRect().height).toBe(520)
  // the sheet stays for the next explainer after all are gone (it is the document's, not a mount's)
  unmountAll()
  expect(explainerSheets().length).toBe(1)
})

test('with a nonce the CSS is a <style nonce> (deduplicated), for pages whose CSP names a nonce', async () => {
  const a = mount(<PsoasExplainer modelUrl={LOWPOLY} controls="none" reducedMotion nonce="r4nd0m" />)
  mount(<PsoasExplainer modelUrl={LOWPOLY} controls="none" reducedMotion nonce="r4nd0m" />)
  const style = await waitFor(() => document.querySelector<HTMLStyleElement>('style[data-href="psoas-explainer-styles-v1"]'), 5000, '<style nonce>')
  expect(style.nonce).toBe('r4nd0m')
  expect(document.querySelectorAll('style[data-href="psoas-explainer-styles-v1"]').length).toBe(1)
  expect(style.textContent?.includes('.psoas-explainer__stage {')).toBe(true)
  expect(getComputedStyle(q(a.host, '.psoas-explainer__stage')).position).toBe('relative')
})
