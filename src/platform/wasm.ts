/**
 * The model's meshopt decoder is WebAssembly: a Content-Security-Policy without 'wasm-unsafe-eval'
 * in script-src refuses to compile it (README, "Embedding safely"). Every load path (the
 * explainer's progress download, and `loadPsoasModel` / `useModel` for R3F users of PsoasScene)
 * turns that error into this clear one. Plain module: the explainer's first chunk imports it
 * without three.js.
 */
export const WASM_BLOCKED_MESSAGE =
  "the 3D model needs WebAssembly (its meshopt decoder), which this page's Content-Security-Policy blocks: add 'wasm-unsafe-eval' to script-src"

/** Rethrows `err`, as the clear message above (the original as its cause) when it is the CSP's refusal to compile WebAssembly. */
export function explainBlockedWasm(err: unknown): never {
  const text = err instanceof Error ? `${err.name} ${err.message}` : String(err)
  if (/WebAssembly|CompileError/i.test(text) && /unsafe-eval|wasm-eval|Content.Security.Policy/i.test(text)) throw new Error(WASM_BLOCKED_MESSAGE, { cause: err })
  throw err
}
