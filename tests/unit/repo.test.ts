/** The promises the repository makes to a new user: the README's two commands, the scripts and the package entry. */
import { describe, expect, it } from 'vitest'
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..', '..')
const read = (p: string) => readFileSync(resolve(root, p), 'utf8')
const pkg = JSON.parse(read('package.json'))

describe('repository', () => {
  it('README starts with the set-up-and-run command and the test command', () => {
    const top = read('README.md').split('\n').slice(0, 8).join('\n')
    expect(top).toMatch(/npm ci && npm start/)
    expect(top).toMatch(/^npm test\b/m)
  })

  it('package.json has the scripts the README and CI use, and .ci/run runs the README test command', () => {
    for (const s of ['start', 'build', 'test', 'storybook', 'build-storybook', 'lint', 'typecheck', 'models', 'bench'])
      expect(pkg.scripts[s], s).toBeTypeOf('string')
    expect(pkg.scripts.test).toMatch(/test:unit/)
    expect(pkg.scripts.test).toMatch(/test:browser/)
    expect(pkg.scripts.test).toMatch(/test:storybook/)
    const ci = read('.ci/run')
    expect(ci).toMatch(/npm ci\b/)
    expect(ci).toMatch(/^npm test$/m)
    expect(ci).toMatch(/apt-get install -y[^\n]*chromium/)
  })

  it('is an ESM package with typed exports and the 3D stack as peer dependencies, pinned in devDependencies', () => {
    expect(pkg.type).toBe('module')
    expect(pkg.exports['.'].types).toMatch(/\.d\.ts$/)
    for (const p of ['react', 'react-dom', 'three', '@react-three/fiber', '@react-three/drei']) {
      expect(pkg.peerDependencies[p], p).toBeTypeOf('string')
      expect(pkg.devDependencies[p], p).toMatch(/^\d+\.\d+\.\d+$/) // exact pins (stack-notes.md)
    }
    expect(existsSync(resolve(root, 'src/index.ts'))).toBe(true)
  })
})
