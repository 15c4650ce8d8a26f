/** Hash of everything the model is built from (reference data + builder sources), stored in the glb and manifest. */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))

/** Builder input files, repo-relative, sorted. Preview/capture scripts do not change the model and are excluded. */
export function builderInputs(): string[] {
  const dir = join(REPO_ROOT, 'scripts/models')
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && f !== 'capture.ts')
    .map((f) => relative(REPO_ROOT, join(dir, f)))
  return ['reference/anatomy-reference.json', 'src/scene-state/ids.ts', ...files.sort()]
}

export function buildInputHash(): string {
  const h = createHash('sha256')
  for (const f of builderInputs()) {
    h.update(f + '\n')
    // normalise line endings so a checkout on another OS hashes the same
    h.update(readFileSync(join(REPO_ROOT, f), 'utf8').replace(/\r\n/g, '\n'))
    h.update('\n')
  }
  return h.digest('hex').slice(0, 16)
}
