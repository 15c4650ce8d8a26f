import { useInsertionEffect } from 'react'
import { EXPLAINER_CSS, STYLE_HREF } from './styles.ts'

/** The constructed sheets per document, by href (never removed: every explainer on the page shares them). */
const adopted = new WeakMap<Document, Set<string>>()

function canAdopt(doc: Document | undefined): doc is Document {
  try {
    return !!doc && Array.isArray(doc.adoptedStyleSheets) && typeof doc.defaultView?.CSSStyleSheet?.prototype.replaceSync === 'function'
  } catch {
    return false
  }
}

/** Adds `css` to `doc` as a constructed stylesheet, once per href. */
function adopt(doc: Document, css: string, href: string): void {
  const done = adopted.get(doc) ?? new Set<string>()
  if (done.has(href)) return
  const sheet = new doc.defaultView!.CSSStyleSheet()
  sheet.replaceSync(css)
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet]
  adopted.set(doc, done.add(href))
}

/**
 * The component CSS (or another sheet of it, e.g. the handout's: `css` and its `href`), once per document, in a way a strict Content-Security-Policy allows
 * (`style-src 'self'` without 'unsafe-inline'; README, "Embedding safely"):
 * - by default as a constructed stylesheet (`document.adoptedStyleSheets`), which CSP does not block;
 * - with a `nonce` (the page's CSP nonce), or where constructed stylesheets are missing (server
 *   rendering, old browsers), as React 19's `<style href precedence>` (deduplicated by href) with that nonce.
 */
export function StyleSheet({ nonce, css = EXPLAINER_CSS, href = STYLE_HREF }: { nonce?: string; css?: string; href?: string }) {
  const doc = typeof document === 'undefined' ? undefined : document
  const construct = nonce === undefined && canAdopt(doc)
  useInsertionEffect(() => {
    if (construct && doc) adopt(doc, css, href)
  }, [construct, doc, css, href])
  if (construct) return null
  return (
    <style href={href} precedence="default" nonce={nonce}>
      {css}
    </style>
  )
}
