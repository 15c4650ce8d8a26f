/**
 * The problem list of validation (validate.ts): what was wrong, in a short safe text form, capped at
 * MAX_PROBLEMS, and the small type guards the sanitisers share.
 */
import { LIMITS } from './state.ts'
export interface Problem {
  /** path of the field, e.g. "tightness", "layers.bones", "annotations[2].text", or a URL parameter name */
  field: string
  /** the bad value, stringified and truncated */
  value: string
  /** what is accepted */
  expected: string
}

/** At most this many problems are listed; one more entry says how many were left out. */
export const MAX_PROBLEMS = 100
const MAX_VALUE_CHARS = 80
export const DANGEROUS_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])

export function truncate(s: string, n = MAX_VALUE_CHARS): string {
  return s.length > n ? `${s.slice(0, n)}…` : s
}
/** A short, safe text form of any value for a Problem (never throws). */
export function describeValue(v: unknown): string {
  try {
    switch (typeof v) {
      case 'string':
        return JSON.stringify(truncate(v))
      case 'number':
      case 'boolean':
        return String(v)
      case 'bigint':
        return `${v}n`
      case 'undefined':
        return 'undefined'
      case 'symbol':
        return 'symbol'
      case 'function':
        return 'function'
      default:
        if (v === null) return 'null'
        if (Array.isArray(v) && v.length > 20) return `[array of ${v.length}]`
        return truncate(JSON.stringify(v) ?? Object.prototype.toString.call(v))
    }
  } catch {
    return Object.prototype.toString.call(v)
  }
}

/** Collects problems with a cap. */
export class ProblemList {
  readonly items: Problem[] = []
  private dropped = 0
  add(field: string, value: unknown, expected: string, raw = false): void {
    if (this.items.length >= MAX_PROBLEMS) {
      this.dropped++
      return
    }
    this.items.push({ field: truncate(field, 120), value: raw ? truncate(String(value)) : describeValue(value), expected })
  }
  addAll(ps: readonly Problem[]): void {
    for (const p of ps) this.add(p.field, p.value, p.expected, true)
  }
  result(): Problem[] {
    if (this.dropped > 0)
      return [...this.items, { field: '*', value: String(this.dropped), expected: `at most ${MAX_PROBLEMS} problems are listed` }]
    return this.items
  }
}

/** A plain object (also from another realm); not an array, Map, Date, boxed primitive, … */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.prototype.toString.call(v) === '[object Object]'
}
export function own(o: Record<string, unknown>, k: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, k)
}
export function ownKeys(o: object): string[] {
  try {
    return Object.keys(o)
  } catch {
    return []
  }
}
export function oneOf<T extends string>(list: readonly T[], v: unknown): v is T {
  return typeof v === 'string' && v.length <= LIMITS.maxIdString && (list as readonly string[]).includes(v)
}
export function listText(list: readonly string[]): string {
  return list.map((x) => `"${x}"`).join(' | ')
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
/** Replaces lone UTF-16 surrogates (which cannot be percent-encoded) with U+FFFD. */
export function wellFormed(s: string, ps: ProblemList, field: string): string {
  if (!LONE_SURROGATE.test(s)) return s
  LONE_SURROGATE.lastIndex = 0
  ps.add(field, s, 'well-formed Unicode text (lone surrogates replaced)')
  return s.replace(LONE_SURROGATE, '\uFFFD')
}
