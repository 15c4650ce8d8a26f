/**
 * Three.js objects shared by every viewer on the page (the cached glTF's geometries, the arrow and
 * ring geometries) must not keep a renderer alive after its canvas is gone. A WebGLRenderer adds a
 * `dispose` listener to every geometry it draws (and its morph-target textures do too); the listener
 * closes over the renderer, so a geometry held by module state would keep each renderer, its context,
 * its canvas and the whole unmounted React tree reachable (measured: 30 mounts kept 30 canvases,
 * +4,300 DOM nodes, +4,500 listeners). gl.dispose() does not remove them.
 *
 * So a shared object records the listeners added while a tracked renderer draws or compiles, and
 * `retainRenderer(gl)`'s release removes exactly those when the last scene using that renderer
 * unmounts. Other renderers' listeners stay; the shared object is never disposed here.
 */
import type { EventDispatcher, WebGLRenderer } from 'three'

type Listener = (event: { type: string; target: unknown }) => void
/** the EventDispatcher methods, with plain string event types */
interface Dispatcher {
  addEventListener(type: string, listener: Listener): void
  removeEventListener(type: string, listener: Listener): void
}
interface Added {
  target: Dispatcher
  type: string
  listener: Listener
}
interface Tracked {
  users: number
  added: Added[]
  restore(): void
}

const shared = new WeakSet<object>()
const tracked = new WeakMap<WebGLRenderer, Tracked>()
/** the renderer drawing right now (render and compile are synchronous) */
let drawing: Tracked | null = null

/** Marks an object as shared by viewers: listeners a renderer adds to it are removed on that renderer's release. */
export function shareResource<T extends EventDispatcher<object>>(object: T): T {
  if (shared.has(object)) return object
  shared.add(object)
  const target = object as unknown as Dispatcher
  const add = target.addEventListener
  target.addEventListener = function (this: Dispatcher, type: string, listener: Listener) {
    drawing?.added.push({ target, type, listener })
    add.call(this, type, listener)
  }
  return object
}

/** True for objects marked with `shareResource` (tests). */
export function isSharedResource(object: object): boolean {
  return shared.has(object)
}

/**
 * Tracks what `gl` attaches to shared objects while it draws; the returned function releases it
 * (call it when the scene using `gl` unmounts; with several scenes on one renderer, the last one
 * releases). Fits a React effect: `useLayoutEffect(() => retainRenderer(gl), [gl])`.
 */
export function retainRenderer(gl: WebGLRenderer): () => void {
  let t = tracked.get(gl)
  if (!t) {
    const { render, compile } = gl
    const record: Tracked = {
      users: 0,
      added: [],
      restore() {
        gl.render = render
        gl.compile = compile
      },
    }
    // while this renderer draws or compiles, listeners added to shared objects are recorded as its own
    const recording = <A extends unknown[], R>(fn: (...args: A) => R) =>
      function (this: WebGLRenderer, ...args: A): R {
        const outer = drawing
        drawing = record
        try {
          return fn.apply(this, args)
        } finally {
          drawing = outer
        }
      }
    gl.render = recording(render)
    gl.compile = recording(compile)
    tracked.set(gl, record)
    t = record
  }
  const record = t
  record.users++
  let released = false
  return () => {
    if (released) return
    released = true
    if (--record.users > 0) return
    for (const { target, type, listener } of record.added) target.removeEventListener(type, listener)
    record.added = []
    record.restore()
    tracked.delete(gl)
  }
}
