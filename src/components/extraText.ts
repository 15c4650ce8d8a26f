/**
 * A few UI strings the shared catalog does not have yet (to be moved into src/content by its owner).
 * Keyed by locale; English is the fallback.
 */
export interface ExtraText {
  /** body map, when no region is highlighted */
  bodyMapNone: string
  /** heading of the selected-structure box */
  selected: string
  /** label of the 3D view region */
  viewLabel: string
  /** label of the compare view */
  compareViewLabel: string
  /** shown under the error message when the 3D view failed */
  errorDetail: string
  /** summary of the collapsed list of claims; {count} */
  evidenceSummary: string
  /** under the body map: how left and right are drawn */
  bodyMapSides: string
  /** readout row in the Thomas test */
  thomasThigh: string
  /** explanation of the Thomas thigh value */
  thomasThighNote: string
}

const EN: ExtraText = {
  bodyMapNone: 'No area is highlighted at this setting.',
  selected: 'Selected',
  viewLabel: '3D view of the lower back, pelvis, psoas muscles and nerves',
  compareViewLabel: '3D view for comparison',
  errorDetail: 'Technical detail',
  evidenceSummary: 'How sure are we? ({count} statements with their evidence)',
  bodyMapSides: 'Front view: your right side is on the left of the picture. Back view: your right side is on the right.',
  thomasThigh: 'Hanging thigh above level',
  thomasThighNote: 'Above 0° the test counts as positive (short hip flexors).',
}

const ES: ExtraText = {
  bodyMapNone: 'Con este ajuste no se marca ninguna zona.',
  selected: 'Seleccionado',
  viewLabel: 'Vista 3D de la zona lumbar, la pelvis, los músculos psoas y los nervios',
  compareViewLabel: 'Vista 3D para comparar',
  errorDetail: 'Detalle técnico',
  evidenceSummary: '¿Qué tan seguros estamos? ({count} afirmaciones con su evidencia)',
  bodyMapSides: 'Vista de frente: su lado derecho está a la izquierda del dibujo. Vista de espalda: su lado derecho está a la derecha.',
  thomasThigh: 'Muslo colgante por encima de la horizontal',
  thomasThighNote: 'Por encima de 0° la prueba se considera positiva (flexores de cadera cortos).',
}

export function getExtraText(locale: string): ExtraText {
  return locale.toLowerCase().startsWith('es') ? ES : EN
}
