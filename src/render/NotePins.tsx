/**
 * The consultation notes as numbered pins in 3D, at their structure and following the pose: each
 * pin hangs on the structure's label anchor (a node riding on the joint that carries it), else on
 * the structure's own node at the centre of its rest shape, moved by the note's offset (metres, in
 * the structure's rest frame). The numbers are those of the notes list in the panel, which is the
 * accessible form: the pins are hidden from assistive technology and never take a pointer.
 * drei's Html places them (one DOM element per note, at most LIMITS.maxAnnotations).
 */
import { Fragment, useMemo, useSyncExternalStore } from 'react'
import { createPortal } from '@react-three/fiber'
import { Html } from '@react-three/drei'
import { Box3, Vector3, type Mesh, type Object3D } from 'three'
import type { SceneStore } from '../scene-state/index.ts'
import type { Annotation } from '../scene-state/types.ts'
import type { ModelInstance } from './model.ts'

/** Where a note's pin hangs: a node of the instance and a point in its frame. */
export function pinPlace(inst: ModelInstance, a: Annotation): { node: Object3D; at: [number, number, number] } | null {
  const anchor = inst.scene.getObjectByName(`anchor_label_${a.structure}`)
  if (anchor) return { node: anchor, at: a.offset }
  const node = inst.scene.getObjectByName(a.structure)
  if (!node) return null
  const mesh = node as Mesh
  const centre = new Vector3()
  if (mesh.isMesh) {
    mesh.geometry.computeBoundingBox()
    mesh.geometry.boundingBox!.getCenter(centre)
  } else new Box3().setFromObject(node).getCenter(centre)
  return { node, at: [centre.x + a.offset[0], centre.y + a.offset[1], centre.z + a.offset[2]] }
}

export function NotePins({ instance, store }: { instance: ModelInstance; store: SceneStore }) {
  const annotations = useSyncExternalStore(
    store.subscribe,
    () => store.getState().annotations,
    () => store.getState().annotations,
  )
  const places = useMemo(() => annotations.map((a) => pinPlace(instance, a)), [annotations, instance])
  return places.map((place, i) =>
    place ? (
      <Fragment key={annotations[i].id}>
        {createPortal(
          <Html position={place.at} center zIndexRange={[100, 0]} pointerEvents="none">
            <span className="psoas-note-pin" aria-hidden="true" data-note-pin={i + 1} data-structure={annotations[i].structure}>
              {i + 1}
            </span>
          </Html>,
          place.node,
        )}
      </Fragment>
    ) : null,
  )
}
