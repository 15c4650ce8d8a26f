/**
 * The explainer's keyboard shortcuts: one table for the key handler (useShortcuts), the buttons'
 * aria-keyshortcuts and the overlay (ShortcutsDialog). Keys are written as aria-keyshortcuts names;
 * the overlay prints them with the catalog's key names. They act only while focus is inside the
 * explainer and never while the user types in a text field.
 */
import { SCENARIO_IDS, type ScenarioId } from '../scene-state/consult.ts'
import type { Catalog } from '../content/index.ts'

export type ShortcutAction = keyof Catalog['ui']['shortcuts']['actions']

export interface Shortcut {
  action: ShortcutAction
  /** aria-keyshortcuts combinations; the overlay lists those without Meta (the Mac variant of Control) */
  keys: readonly string[]
}

export const SHORTCUTS: readonly Shortcut[] = [
  { action: 'tighter', keys: ['T'] },
  { action: 'looser', keys: ['Shift+T'] },
  { action: 'compare', keys: ['C'] },
  { action: 'nerves', keys: ['N'] },
  { action: 'undo', keys: ['Control+Z', 'Meta+Z'] },
  { action: 'redo', keys: ['Control+Shift+Z', 'Control+Y', 'Meta+Shift+Z'] },
  { action: 'share', keys: ['S'] },
  { action: 'print', keys: ['P'] },
  { action: 'help', keys: ['?'] },
]

/** The scenario on a digit key: 1 is the first of SCENARIO_IDS. */
export const scenarioKey = (id: ScenarioId): string => String(SCENARIO_IDS.indexOf(id) + 1)

/** aria-keyshortcuts of an action. */
export function keyshortcuts(action: ShortcutAction): string {
  return SHORTCUTS.find((s) => s.action === action)!.keys.join(' ')
}

export type KeyCommand = { kind: 'scenario'; id: ScenarioId } | { kind: ShortcutAction }

interface KeyLike {
  key: string
  shiftKey: boolean
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
}

/** The command of a key press, or null. */
export function commandForKey(e: KeyLike): KeyCommand | null {
  if (e.altKey) return null
  const key = e.key.length === 1 ? e.key.toUpperCase() : e.key
  if (e.ctrlKey || e.metaKey) {
    if (key === 'Z') return { kind: e.shiftKey ? 'redo' : 'undo' }
    if (key === 'Y' && e.ctrlKey && !e.shiftKey) return { kind: 'redo' }
    return null
  }
  if (key === '?') return { kind: 'help' }
  const digit = /^[1-9]$/.test(key) ? SCENARIO_IDS[Number(key) - 1] : undefined
  if (digit) return { kind: 'scenario', id: digit }
  const combo = `${e.shiftKey ? 'Shift+' : ''}${key}`
  const found = SHORTCUTS.find((s) => s.keys.includes(combo))
  return found ? { kind: found.action } : null
}

const NOT_TYPING = new Set(['button', 'checkbox', 'radio', 'range', 'submit', 'reset', 'color', 'file', 'image'])

/** true when keys typed at `el` are text: a text input, a textarea, a select or editable content. */
export function isTextField(el: EventTarget | null): boolean {
  if (!(el instanceof Element)) return false
  if (el instanceof HTMLInputElement) return !NOT_TYPING.has(el.type)
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true
  return el instanceof HTMLElement && el.isContentEditable
}

/** A combination as the overlay prints it, e.g. "Ctrl + Shift + Z", "←". */
export function keyLabel(combo: string, names: Catalog['ui']['shortcuts']['keyNames']): string {
  const printed: Record<string, string> = {
    Control: names.ctrl,
    Shift: names.shift,
    Home: names.home,
    Escape: names.escape,
    ArrowLeft: '←',
    ArrowRight: '→',
    ArrowUp: '↑',
    ArrowDown: '↓',
    '-': '−',
  }
  return combo
    .split('+')
    .map((part, i, all) => (part === '' && i === all.length - 1 ? '+' : printed[part] ?? part))
    .filter((p, i, all) => !(p === '' && i < all.length - 1))
    .join(' + ')
}
