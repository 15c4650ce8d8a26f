/**
 * Structure ids: the one list shared by the scene state, the glb node names and the manifest.
 * Pattern: lowerCamelCase, side as suffix (design.md, "Structure ids").
 */
export const VERTEBRA_IDS = ['vertebraL1', 'vertebraL2', 'vertebraL3', 'vertebraL4', 'vertebraL5'] as const
export const DISC_IDS = ['discL1L2', 'discL2L3', 'discL3L4', 'discL4L5', 'discL5S1'] as const
export const BONE_IDS = ['sacrum', 'pelvis', 'femurLeft', 'femurRight'] as const
export const MUSCLE_IDS = ['psoasMajorLeft', 'psoasMajorRight', 'iliacusLeft', 'iliacusRight'] as const

/** Nerve keys as in the anatomy reference. */
export const NERVE_KEYS = [
  'iliohypogastric',
  'ilioinguinal',
  'genitofemoral',
  'lateralFemoralCutaneous',
  'femoral',
  'obturator',
  'lumbosacralTrunk',
] as const
export type NerveKey = (typeof NERVE_KEYS)[number]

export const SIDES = ['left', 'right'] as const
export type BodySide = (typeof SIDES)[number]

export type NerveId = `${NerveKey}${'Left' | 'Right'}`
export const NERVE_IDS: readonly NerveId[] = NERVE_KEYS.flatMap((k) => [`${k}Left`, `${k}Right`] as NerveId[])

export const STRUCTURE_IDS = [
  ...VERTEBRA_IDS,
  ...DISC_IDS,
  ...BONE_IDS,
  ...MUSCLE_IDS,
  ...NERVE_IDS,
] as const
export type StructureId =
  | (typeof VERTEBRA_IDS)[number]
  | (typeof DISC_IDS)[number]
  | (typeof BONE_IDS)[number]
  | (typeof MUSCLE_IDS)[number]
  | NerveId

export type StructureLayer = 'bones' | 'discs' | 'muscles' | 'nerves' | 'outline'

/** Layer and side of every structure id, derived from its group and suffix. */
export function structureInfo(id: StructureId): { layer: StructureLayer; side: BodySide | null } {
  const side: BodySide | null = id.endsWith('Left') ? 'left' : id.endsWith('Right') ? 'right' : null
  if ((VERTEBRA_IDS as readonly string[]).includes(id) || (BONE_IDS as readonly string[]).includes(id))
    return { layer: 'bones', side }
  if ((DISC_IDS as readonly string[]).includes(id)) return { layer: 'discs', side }
  if ((MUSCLE_IDS as readonly string[]).includes(id)) return { layer: 'muscles', side }
  return { layer: 'nerves', side }
}

export function isStructureId(v: unknown): v is StructureId {
  return typeof v === 'string' && (STRUCTURE_IDS as readonly string[]).includes(v)
}

/** Joint node names in the glb (design.md, "Joints and rest pose"). */
export const SEGMENT_KEYS = ['L5S1', 'L4L5', 'L3L4', 'L2L3', 'L1L2'] as const
export type SegmentKey = (typeof SEGMENT_KEYS)[number]
export const JOINT_NODE_NAMES = [
  'root',
  'pelvisJoint',
  'hipLeft',
  'hipRight',
  ...SEGMENT_KEYS.map((k) => `joint${k}` as const),
] as const
