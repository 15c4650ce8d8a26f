/**
 * A fresh build equals the committed files byte for byte (slow: ~1 min, so only with MODEL_REBUILD=1).
 * The fast staleness check (build-input hash) is in structure.test.ts.
 */
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { buildGlb, manifest } from '../../../scripts/models/build.ts'
import { buildInputHash } from '../../../scripts/models/hash.ts'
import { LOWPOLY_FILE, MANIFEST_FILE, MODEL_FILE } from './glb.ts'

describe.skipIf(process.env.MODEL_REBUILD !== '1')('model rebuild (MODEL_REBUILD=1)', () => {
  it('npm run models reproduces the committed glb files and manifest byte for byte; the build validates clean', async () => {
    for (const [quality, file] of [['full', MODEL_FILE], ['low', LOWPOLY_FILE]] as const) {
      const { glb } = await buildGlb(quality) // throws on any validator error before compression
      const committed = readFileSync(file)
      expect(Buffer.compare(Buffer.from(glb), committed)).toBe(0)
    }
    expect(JSON.stringify(manifest(buildInputHash()), null, 2) + '\n').toBe(readFileSync(MANIFEST_FILE, 'utf8'))
  }, 300_000)
})
