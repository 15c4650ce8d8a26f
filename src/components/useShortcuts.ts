/**
 * The explainer's keyboard shortcuts (table in shortcuts.ts) as a keydown handler for the
 * explainer's root: keys act only when focus is inside the explainer (never on the host page),
 * never while the user types in a text field, and not inside the shortcut overlay itself.
 */
import { useCallback, useState, type KeyboardEvent, type RefObject } from 'react'
import type { SceneStore } from '../scene-state/store.ts'
import { scenarioState, stepTightness } from '../scene-state/consult.ts'
import { commandForKey, isTextField } from './shortcuts.ts'

export interface ShortcutsOptions {
  store: SceneStore
  /** false: no key does anything (controls='none') */
  enabled: boolean
  /** the explainer's root (the share button is found inside it) */
  rootRef: RefObject<HTMLElement | null>
  /** prints the handout */
  print: () => void
}

export interface Shortcuts {
  onKeyDown: (e: KeyboardEvent<HTMLElement>) => void
  helpOpen: boolean
  setHelpOpen: (open: boolean) => void
}

export function useShortcuts({ store, enabled, rootRef, print }: ShortcutsOptions): Shortcuts {
  const [helpOpen, setHelpOpen] = useState(false)
  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      if (!enabled || e.defaultPrevented || e.nativeEvent.isComposing || isTextField(e.target)) return
      if (e.target instanceof Element && e.target.closest('dialog')) return
      const command = commandForKey(e)
      if (!command) return
      const { actions, getState } = store
      switch (command.kind) {
        case 'scenario':
          actions.replace(scenarioState(command.id))
          break
        case 'tighter':
        case 'looser':
          actions.setTightness(stepTightness(getState().tightness, command.kind === 'tighter' ? 1 : -1))
          break
        case 'compare':
          actions.toggleCompare()
          break
        case 'nerves':
          actions.toggleLayer('nerves')
          break
        case 'undo':
          actions.undo()
          break
        case 'redo':
          actions.redo()
          break
        case 'share': {
          const button = rootRef.current?.querySelector<HTMLButtonElement>('[data-action="share"]')
          if (!button) return
          button.focus()
          button.click()
          break
        }
        case 'print':
          print()
          break
        case 'help':
          setHelpOpen(true)
          break
      }
      e.preventDefault()
    },
    [enabled, store, rootRef, print],
  )
  return { onKeyDown, helpOpen, setHelpOpen }
}
