/** Embedding without React: a custom element and an iframe page with a postMessage API. */
export { definePsoasExplainerElement, createPsoasExplainerElementClass, stateFromAttribute } from './element.tsx'
export { mountIframeExplainer, readIframeQuery, type IframeOptions } from './iframe.tsx'
export { MESSAGE_SOURCE, parseHostMessage, parseEmbedMessage, type HostMessage, type EmbedMessage } from './messages.ts'
