/**
 * One local origin for both sides of the side-by-side bench: the demo build at `/`, the bench's own
 * built pages at `/bench-build/`, the model-viewer page and its vendored files at `/bench/`. Files are
 * sent as they are (no Content-Encoding), so both viewers receive the same glb bytes.
 */
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.cjs': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.avif': 'image/avif',
  '.json': 'application/json',
  '.glb': 'model/gltf-binary',
  '.wasm': 'application/wasm',
}

/** A URL prefix and the folder (or, for an exact path, the file) it maps to. */
export interface Mount {
  prefix: string
  target: string
}

/** The file a request path maps to, or null (outside every mount, or a path that climbs out). */
export function resolveRequest(mounts: readonly Mount[], path: string): string | null {
  for (const { prefix, target } of mounts) {
    if (path === prefix && !prefix.endsWith('/')) return target
    if (!prefix.endsWith('/') || !path.startsWith(prefix)) continue
    const rest = normalize(decodeURIComponent(path.slice(prefix.length)))
    if (rest.startsWith('..') || rest.includes(`${sep}..`)) return null
    const file = join(target, rest)
    return path.endsWith('/') || (existsSync(file) && statSync(file).isDirectory()) ? join(file, 'index.html') : file
  }
  return null
}

/** Starts the server on 127.0.0.1:port; the longest matching prefix should come first in `mounts`. */
export function serve(mounts: readonly Mount[], port: number): Promise<Server> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname
    const file = resolveRequest(mounts, path)
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
      return
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': statSync(file).size,
      'cache-control': 'no-store',
    })
    createReadStream(file).pipe(res)
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve(server))
  })
}

/** The bench's mounts: model-viewer's self-contained build and meshoptimizer's decoder script from
 * node_modules, the model-viewer page, the bench's built pages (dist/bench) and the demo (dist/demo). */
export function benchMounts(root: string): Mount[] {
  return [
    { prefix: '/bench/vendor/model-viewer.min.js', target: join(root, 'node_modules', '@google', 'model-viewer', 'dist', 'model-viewer.min.js') },
    { prefix: '/bench/vendor/meshopt_decoder.js', target: join(root, 'node_modules', 'meshoptimizer', 'meshopt_decoder.cjs') },
    { prefix: '/bench/pages/', target: join(root, 'bench', 'pages') },
    { prefix: '/bench-build/', target: join(root, 'dist', 'bench') },
    { prefix: '/', target: join(root, 'dist', 'demo') },
  ]
}
