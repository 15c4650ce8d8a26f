/** Embedding without React: a custom element and an iframe page with a postMessage API. */
export { definePsoasExplainerElement, createPsoasExplainerElementClass, stateFromAttribute, parseStateAttribute } from './element.tsx'
export { createIframePage, mountIframeExplainer, readIframeQuery, type IframeOptions, type IframePage } from './iframe.tsx'
export { MESSAGE_SOURCE, parseHostMessage, parseEmbedMessage, type HostMessage, type EmbedMessage, type SharedState } from './messages.ts'
export { parseAllowedOrigins, isAllowedOrigin, checkModelUrl, type AllowedOrigins, type ModelUrlCheck } from './origins.ts'
