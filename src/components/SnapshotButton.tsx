import { useState } from 'react'
import type { Catalog } from '../content/index.ts'
import { ActionStatus } from './ActionStatus.tsx'

export interface SnapshotButtonProps {
  catalog: Catalog
  /** makes the captioned PNG (the explainer's `snapshot()`) */
  snapshot: () => Promise<Blob>
}

/** Saves a PNG of the view with the state in words, the notes and the disclaimer in a band under it. */
export function SnapshotButton({ catalog, snapshot }: SnapshotButtonProps) {
  const t = catalog.ui.snapshot
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle')
  const save = async () => {
    setStatus('saving')
    try {
      const png = await snapshot()
      const url = URL.createObjectURL(png)
      const a = document.createElement('a')
      a.href = url
      a.download = `${t.fileName}.png`
      a.click()
      // the browser has taken the file once the click is handled
      setTimeout(() => URL.revokeObjectURL(url), 0)
      setStatus('saved')
    } catch {
      setStatus('failed')
    }
  }
  return <ActionStatus className="psoas-snapshot" action="snapshot" label={t.button} status={status} busy="saving" messages={t} onClick={() => void save()} />
}
