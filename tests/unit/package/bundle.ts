/**
 * Helpers of the package tests that measure built JavaScript: gzip sizes, the chunks a page loads
 * first (an entry and what it imports statically), and the JS files of a build.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'

/** Gzip bytes at level 9 (as the figures and `npm run bench` count them). */
export function gzipBytes(code: string | Buffer): number {
  return gzipSync(typeof code === 'string' ? Buffer.from(code) : code, { level: 9 }).byteLength
}

/** Every .js file under `dir` (recursively), as paths relative to it. */
export function jsFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js'))
    .map((f) => f.split('\\').join('/'))
    .sort()
}

/** The gzip bytes of every .js file under `dir`. */
export function allJsGzip(dir: string): number {
  return jsFiles(dir).reduce((sum, f) => sum + gzipBytes(readFileSync(join(dir, f))), 0)
}

/** Module specifiers of a file's static `import … from` / `export … from` / bare `import '…'` statements (not `import()`). */
export function staticImports(code: string): string[] {
  // minified code has no space before `from` (import{a as b}from"./c.js")
  return [...code.matchAll(/(?:^|[;\n}])\s*(?:import|export)\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g)].map((m) => m[1])
}

/**
 * What loads with `entry` before anything is imported on demand: the entry and every file it reaches
 * through static imports of relative paths (paths relative to `dir`), plus the bare specifiers met
 * on the way (packages the file leaves to the app's bundler).
 */
export function staticClosure(dir: string, entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>([entry])
  const packages = new Set<string>()
  const walk = (file: string) => {
    for (const spec of staticImports(readFileSync(join(dir, file), 'utf8'))) {
      if (!spec.startsWith('.')) {
        packages.add(spec)
        continue
      }
      const next = relative(dir, join(dir, dirname(file), spec)).split('\\').join('/')
      if (!files.has(next)) {
        files.add(next)
        walk(next)
      }
    }
  }
  walk(entry)
  return { files: [...files], packages: [...packages] }
}
