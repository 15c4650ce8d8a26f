/**
 * A Content-Security-Policy without 'wasm-unsafe-eval' refuses the meshopt decoder's WebAssembly.
 * The explainer's download path already said so plainly (tests/csp/strict-csp.test.ts, in Chromium);
 * this covers the path R3F users take through `loadPsoasModel` / `parsePsoasModel` (useModel in
 * PsoasScene), which used to reject with the raw CompileError. Node: WebAssembly.instantiate is
 * made to fail as Chromium's CSP makes it fail, and the real committed glb is parsed. three-stdlib
 * builds the decoder once per page (a failed compile stays failed, as under the same CSP), so one
 * test here goes through the loader.
 */
import { afterEach, expect, test, vi } from 'vitest'
import { readFile } from 'node:fs/promises'
import { loadPsoasModel, parsePsoasModel } from '../../src/render/model.ts'
import { WASM_BLOCKED_MESSAGE, explainBlockedWasm } from '../../src/platform/wasm.ts'
import { MODEL_FILE } from '../unit/model/glb.ts'

// Chromium's text for the refusal (CSP level 3), as seen in the strict-CSP browser test
const CSP_REFUSAL =
  "WebAssembly.instantiate(): Refused to compile or instantiate WebAssembly module because 'unsafe-eval' is not an allowed source of script in the following Content Security Policy directive: \"script-src 'self'\""

afterEach(() => {
  vi.restoreAllMocks()
})


const modelBytes = async () => (await readFile(MODEL_FILE)).buffer.slice(0) as ArrayBuffer

test('parsePsoasModel under a CSP that blocks WebAssembly rejects with the clear message, the CompileError as its cause', async () => {
  const refusal = new WebAssembly.CompileError(CSP_REFUSAL)
  vi.spyOn(WebAssembly, 'instantiate').mockRejectedValue(refusal)
  const err = await parsePsoasModel(await modelBytes(), 'csp://parse.glb').then(
    () => null,
    (e: unknown) => e,
  )
  expect(err).toBeInstanceOf(Error)
  expect((err as Error).message).toBe(WASM_BLOCKED_MESSAGE)
  expect((err as Error).message).toContain("'wasm-unsafe-eval'")
  expect((err as Error).cause).toBe(refusal)
  // the same URL through loadPsoasModel (what useModel calls) gets the same answer, not a raw error
  await expect(loadPsoasModel('csp://parse.glb')).rejects.toThrow(WASM_BLOCKED_MESSAGE)
})

test('another WebAssembly failure, or any other error, is passed on unchanged (no CSP wording where the CSP is not the cause)', () => {
  const other = new WebAssembly.CompileError('WebAssembly.instantiate(): expected magic word 00 61 73 6d')
  expect(() => explainBlockedWasm(other)).toThrow(other)
  const cspElse = new Error("Refused to connect to 'https://x.test/' because it violates the Content Security Policy directive")
  expect(() => explainBlockedWasm(cspElse)).toThrow(cspElse)
})
