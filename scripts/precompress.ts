/**
 * Writes `.br` and `.gz` copies next to every `.glb` in a folder (the demo build's models/), so a
 * static server can send them precompressed: a meshopt glb still shrinks by about a third with
 * brotli, and most servers do not compress `.glb` on the fly (README, "Hosting"). Deterministic:
 * fixed compression levels, no file times in the gzip header.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

export interface PrecompressedFile {
  file: string
  bytes: number
  brotliBytes: number
  gzipBytes: number
}

/** Precompresses each `.glb` of `dir` (not recursive); returns the sizes. */
export function precompressModels(dir: string): PrecompressedFile[] {
  const out: PrecompressedFile[] = []
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.glb')).sort()) {
    const path = join(dir, name)
    const data = readFileSync(path)
    const br = brotliCompressSync(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
    })
    const gz = gzipSync(data, { level: 9 })
    writeFileSync(`${path}.br`, br)
    writeFileSync(`${path}.gz`, gz)
    out.push({ file: name, bytes: data.length, brotliBytes: br.length, gzipBytes: gz.length })
  }
  return out
}
