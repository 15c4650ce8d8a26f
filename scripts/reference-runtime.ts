/**
 * The part of reference/anatomy-reference.json that the product reads at run time, written to
 * src/scene-state/reference.runtime.json (`npm run reference:runtime`).
 *
 * Why: the scene-state modules imported the whole reference, and the bundler keeps every top-level
 * section a module touches, sources, notes and builder-only numbers included: 55 KB of JSON (≈14 KB
 * gzip) in every page and every app that uses the package (issue 14's byte budget). The model
 * builders, the model card and the tests keep reading the full reference; the product reads this
 * subset, whose TypeScript type (inferred from the JSON) makes a read of anything left out a compile
 * error. tests/unit/scene-state/reference-runtime.test.ts fails when the committed subset is stale.
 *
 * Shape: `true` keeps a value whole; an object keeps only the keys it names; the key `'*'` applies to
 * every key of an object (a key missing from one entry is skipped there); arrays apply the shape to
 * each element.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export type Shape = true | { readonly [key: string]: Shape }

export const RUNTIME_SHAPE: Shape = {
  teachingModel: {
    label: true,
    namedStops: true,
    shortening: { smax: true },
    lostHipExtension: { L_m: true, r_m: true },
    reserves: { standingReserveDeg: true, supineReserveDeg: true, thomasReserveDeg: true },
    standingAndSupine: { eMaxDeg: true },
    tensionShare: { postureFactor: true },
    discPressure: { k: true, pBase: true },
    nerveCompression: { weights: true },
    clamps: true,
    facetLoadOptional: { formula: true },
  },
  postures: {
    '*': {
      lumbarLordosisL1S1Deg: true,
      segmentalDeg: true,
      anteriorPelvicTiltChangeDeg: true,
      hipFlexionDeg: true,
      l45DiscPressureMPa: true,
      spinopelvicPTDeg: true,
      rearHipExtensionDegAtRest: true,
    },
  },
  psoas: { totalFmaxPerSideN: { christophyMyoTorso: true } },
  landmarks: {
    jointT12L1: { position_m: true },
    jointL1L2: { position_m: true },
    jointL5S1: { position_m: true },
    s1EndplateCentre: { position_m: true },
  },
  vertebrae: { L1: { upperEndplateTiltDeg: true, endplateDepthMm: true } },
  discs: { T12L1: { meanHeightMm: true } },
  sacrum: { sacralSlopeDeg: { value: true }, s1EndplateDepthMm: { value: true } },
  nerves: {
    '*': {
      roots: true,
      sensoryRegions: true,
      evidence: true,
      exitFromPsoas: { border: true, level: true },
      teachingCompression: { weight: true, site: true },
    },
  },
  bodyMap: {
    outlineKeyLevels_y: true,
    outlineHalfWidths: true,
    regions: { id: true, view: true, polygonRight: true, description: true, roots: true },
  },
}

/** `value` cut to `shape`; throws when the shape names a key the reference does not have. */
export function pick(value: unknown, shape: Shape, path = 'reference'): unknown {
  if (shape === true) return value
  if (Array.isArray(value)) return value.map((v, i) => pick(v, shape, `${path}[${i}]`))
  if (value === null || typeof value !== 'object') throw new Error(`${path}: the shape expects an object`)
  const obj = value as Record<string, unknown>
  const out: Record<string, unknown> = {}
  if ('*' in shape) {
    for (const [k, v] of Object.entries(obj)) {
      const sub = pickPresent(v, shape['*'], `${path}.${k}`)
      if (sub !== undefined) out[k] = sub
    }
    return out
  }
  for (const [k, s] of Object.entries(shape)) {
    if (!(k in obj)) throw new Error(`${path}.${k}: not in the reference`)
    out[k] = pick(obj[k], s, `${path}.${k}`)
  }
  return out
}

/** Like pick, but keys of the shape that the entry lacks are skipped (for `'*'` entries). */
function pickPresent(value: unknown, shape: Shape, path: string): unknown {
  if (shape === true || Array.isArray(value) || value === null || typeof value !== 'object') return pick(value, shape, path)
  const obj = value as Record<string, unknown>
  const present = Object.fromEntries(Object.entries(shape).filter(([k]) => k in obj)) as Record<string, Shape>
  return pick(obj, present, path)
}

export const REFERENCE_FILE = fileURLToPath(new URL('../reference/anatomy-reference.json', import.meta.url))
export const RUNTIME_FILE = fileURLToPath(new URL('../src/scene-state/reference.runtime.json', import.meta.url))

/** The runtime subset's file text (tab-free, two-space JSON with a final newline, as committed). */
export function runtimeJson(full: unknown = JSON.parse(readFileSync(REFERENCE_FILE, 'utf8'))): string {
  return `${JSON.stringify(pick(full, RUNTIME_SHAPE), null, 2)}\n`
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(RUNTIME_FILE, runtimeJson())
  console.info(`wrote ${RUNTIME_FILE}`)
}
