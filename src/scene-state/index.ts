/**
 * Public API of the scene-state module (plain TypeScript: no React, three.js or DOM).
 */
export * from './ids.ts'
export * from './types.ts'
export * from './state.ts'
export * from './validate.ts'
export * from './actions.ts'
export * from './store.ts'
export * from './biomechanics.ts'
export * from './nerves.ts'
export * from './body-map.ts'
export * from './animation.ts'
export * from './codec.ts'
export * from './view.ts'
export * from './consult.ts'
export * from './legend.ts'
export * from './labels.ts'
