/**
 * The markers by which the 3D labels find what they must not cover (no three.js here: the page's
 * first chunk imports it). Labels keep clear of every element with LABEL_KEEPOUT_CLASS inside the
 * nearest ancestor of their pane with LABEL_SCOPE_ATTRIBUTE (else the viewer's wrapper).
 */
export const LABEL_KEEPOUT_CLASS = 'psoas-label-keepout'
export const LABEL_SCOPE_ATTRIBUTE = 'data-label-scope'
