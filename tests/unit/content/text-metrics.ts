/**
 * Small English text metrics for the content tests: words, sentences, a heuristic syllable
 * counter, Flesch reading ease and shared word runs (copy detection). No dependencies.
 */

/** Lower-case words with punctuation removed; apostrophes kept inside words; dashes split words. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[–—-]/g, ' ')
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w.length > 0)
}

/** Sentences: split after . ! ? (optionally followed by a closing quote/bracket) and whitespace. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…:])["')\]]?\s+/)
    .map((s) => s.trim())
    .filter((s) => words(s).length > 0)
}

/**
 * Syllables of one English word by vowel groups, dropping a silent final -e / -es / -ed
 * (the usual readability heuristic; exact for most short words, close for long ones).
 */
export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '')
  if (w.length === 0) return 1 // numbers and symbols such as "30" or "L4"
  if (w.length <= 3) return 1
  const stem = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, (m) => m[0]).replace(/^y/, '')
  const groups = stem.match(/[aeiouy]{1,2}/g)
  return Math.max(1, groups ? groups.length : 0)
}

export interface Readability {
  sentences: number
  words: number
  syllables: number
  wordsPerSentence: number
  fleschReadingEase: number
}

/** Flesch reading ease = 206.835 − 1.015 · words/sentence − 84.6 · syllables/word. */
export function readability(text: string): Readability {
  const ss = sentences(text)
  const ws = words(text)
  const syl = ws.reduce((n, w) => n + syllables(w), 0)
  const wordsPerSentence = ws.length / ss.length
  return {
    sentences: ss.length,
    words: ws.length,
    syllables: syl,
    wordsPerSentence,
    fleschReadingEase: 206.835 - 1.015 * wordsPerSentence - 84.6 * (syl / ws.length),
  }
}

/** All runs of `n` consecutive words of a text, joined by single spaces. */
export function wordRuns(text: string, n: number): Set<string> {
  const ws = words(text)
  const runs = new Set<string>()
  for (let i = 0; i + n <= ws.length; i++) runs.add(ws.slice(i, i + n).join(' '))
  return runs
}

/** The runs of `n` words that `text` shares with `source` (empty when nothing is copied). */
export function sharedRuns(text: string, source: Set<string>, n: number): string[] {
  return [...wordRuns(text, n)].filter((r) => source.has(r))
}

/** Every string inside a nested object/array, with its path. */
export function allStrings(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }]
  if (Array.isArray(value)) return value.flatMap((v, i) => allStrings(v, `${path}[${i}]`))
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => allStrings(v, path ? `${path}.${k}` : k))
  return []
}
