/**
 * Which other sites may talk to an embed, and where it may load its model from (README, "Embedding
 * safely"). An allowed origin is written exactly as a browser reports it in `MessageEvent.origin`:
 * scheme, host and port, no path (`https://clinic.example`, `http://localhost:5173`). Anything else
 * (`*`, `null`, a path, another scheme) is not an origin and is left out with a problem.
 */

export interface AllowedOrigins {
  origins: string[]
  /** entries that were not origins, with why */
  rejected: string[]
}

/** Reads a comma- or space-separated list of origins (an attribute or the `origins` URL parameter). */
export function parseAllowedOrigins(list: string | null | undefined): AllowedOrigins {
  const origins: string[] = []
  const rejected: string[] = []
  for (const raw of (list ?? '').split(/[\s,]+/)) {
    if (!raw) continue
    let origin: string | null = null
    try {
      const u = new URL(raw)
      if ((u.protocol === 'https:' || u.protocol === 'http:') && raw.replace(/\/$/, '') === u.origin) origin = u.origin
    } catch {
      origin = null
    }
    if (origin === null) rejected.push(raw.slice(0, 200))
    else if (!origins.includes(origin)) origins.push(origin)
  }
  return { origins, rejected }
}

/** True when `origin` (from a MessageEvent) is one of `allowed` (exact match; 'null' and '' never are). */
export function isAllowedOrigin(origin: string, allowed: readonly string[]): boolean {
  return origin !== '' && origin !== 'null' && allowed.includes(origin)
}

export type ModelUrlCheck = { ok: true; url: string } | { ok: false; url: string; message: string }

/**
 * Checks a model URL against the page's origin and the allowed origins. A relative URL is on the
 * page's origin. `pageHref` is the page's address (for resolving); `allowed` the extra origins.
 */
export function checkModelUrl(url: string, pageHref: string, allowed: readonly string[]): ModelUrlCheck {
  let origin: string
  try {
    const resolved = new URL(url, pageHref)
    if (resolved.protocol !== 'https:' && resolved.protocol !== 'http:') throw new Error('scheme')
    origin = resolved.origin
  } catch {
    return { ok: false, url, message: `[psoas-explainer] model URL ${JSON.stringify(url.slice(0, 200))} is not an http(s) URL; the default model is used.` }
  }
  let pageOrigin = ''
  try {
    pageOrigin = new URL(pageHref).origin
  } catch {
    pageOrigin = ''
  }
  if (origin === pageOrigin || isAllowedOrigin(origin, allowed)) return { ok: true, url }
  return {
    ok: false,
    url,
    message:
      `[psoas-explainer] model URL ${JSON.stringify(url.slice(0, 200))} is on ${origin}, which is neither this page's origin ` +
      `(${pageOrigin || 'unknown'}) nor an allowed origin; the default model is used. Add ${origin} to the allowed origins to load it.`,
  }
}
