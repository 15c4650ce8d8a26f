import { useInsertionEffect } from 'react'
import { EXPLAINER_CSS, STYLE_HREF } from './styles.ts'

/** The one constructed sheet per document (never removed: every explainer on the page shares it). */
const adopted = new WeakMap<Document, CSSStyleSheet>()

function canAdopt(doc: Document | undefined): doc is Document {
  try {
    return !!doc && Array.isArray(doc.adoptedStyleSheets) && typeof doc.defaultView?.CSSStyleSheet?.prototype.replaceSync === 'function'
  } catch {
    return false
  }
}

/** Adds the component CSS to `doc` as a constructed stylesheet, once. */
function adopt(doc: Document): void {
  if (adopted.has(doc)) return
  const sheet = new doc.defaultView!.CSSStyleSheet()
  sheet.replaceSync(EXPLAINER_CSS)
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet]
  adopted.set(doc, sheet)
}

/**
 * The component CSS, once per document, in a way a strict Content-Security-Policy allows
 * (`style-src 'self'` without 'unsafe-inline'; README, "Embedding safely"):
 * - by default as a constructed stylesheet (`document.adoptedStyleSheets`), which CSP does not block;
 * - with a `nonce` (the page's CSP nonce), or where constructed stylesheets are missing (server
 *   rendering, old browsers), as React 19's `<style href precedence>` (deduplicated by href) with that nonce.
 */
export function StyleSheet({ nonce }: { nonce?: string }) {
  const doc = typeof document === 'undefined' ? undefined : document
  const construct = nonce === undefined && canAdopt(doc)
  useInsertionEffect(() => {
    if (construct && doc) adopt(doc)
  }, [construct, doc])
  if (construct) return null
  return (
    <style href={STYLE_HREF} precedence="default" nonce={nonce}>
      {EXPLAINER_CSS}
    </style>
  )
}
