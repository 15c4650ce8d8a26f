/**
 * The component's CSS, added once per document by StyleSheet.tsx: a constructed stylesheet
 * (`document.adoptedStyleSheets`, allowed by a strict CSP), or React 19's `<style href precedence>`
 * (deduplicated by href) with the `nonce` prop. Colours come from the `--psoas-*` custom properties;
 * fonts are inherited.
 */
import { posterCss } from './poster.ts'

export const STYLE_HREF = 'psoas-explainer-styles-v1'

export const EXPLAINER_CSS = /* css */ `
.psoas-explainer {
  --psoas-gap: 12px;
  --psoas-radius: 8px;
  box-sizing: border-box;
  font: inherit;
  color: var(--psoas-text);
  background: var(--psoas-bg);
  border: 1px solid var(--psoas-border);
  border-radius: var(--psoas-radius);
  container-type: inline-size;
  display: block;
  max-width: 100%;
  overflow: hidden;
}
.psoas-explainer *, .psoas-explainer *::before, .psoas-explainer *::after { box-sizing: inherit; }
.psoas-explainer__layout { display: grid; grid-template-columns: 1fr; gap: 0; height: 100%; }
@container (min-width: 760px) {
  .psoas-explainer[data-controls="full"] .psoas-explainer__layout { grid-template-columns: minmax(0, 3fr) minmax(280px, 2fr); }
  .psoas-explainer[data-controls="full"] .psoas-explainer__panel { border-top: 0; border-left: 1px solid var(--psoas-border); max-height: var(--psoas-height, 640px); overflow-y: auto; }
}
/* One full-width canvas; with compare on it draws both views side by side (panes laid over it by ExplainerCanvas). */
.psoas-explainer__stage { position: relative; min-height: 240px; height: var(--psoas-height, 520px); background: var(--psoas-canvas-bg); }
.psoas-explainer__view { position: absolute; inset: 0; min-width: 0; min-height: 0; }
.psoas-explainer__view-label { position: absolute; top: 6px; left: 8px; z-index: 1; pointer-events: none; font-size: 0.8em; padding: 2px 6px; border-radius: 4px; background: var(--psoas-surface); color: var(--psoas-text); }
.psoas-explainer__panel { padding: var(--psoas-gap); background: var(--psoas-surface); border-top: 1px solid var(--psoas-border); display: flex; flex-direction: column; gap: var(--psoas-gap); min-width: 0; }
.psoas-explainer__panel[data-controls="none"] { padding: 6px var(--psoas-gap); }
.psoas-explainer h2, .psoas-explainer h3, .psoas-explainer h4 { margin: 0; line-height: 1.25; }
.psoas-explainer h3 { font-size: 1.05em; }
.psoas-explainer h4 { font-size: 0.95em; }
.psoas-explainer p { margin: 0; }
.psoas-explainer button, .psoas-explainer select, .psoas-explainer input { font: inherit; color: inherit; }
.psoas-explainer button, .psoas-explainer select {
  min-height: 32px; padding: 4px 10px; border: 1px solid var(--psoas-border); border-radius: 6px;
  background: var(--psoas-bg); cursor: pointer;
}
.psoas-explainer button:disabled { opacity: 0.55; cursor: not-allowed; }
.psoas-explainer button[aria-pressed="true"], .psoas-explainer button[data-state="on"], .psoas-explainer button[data-state="active"] {
  background: var(--psoas-accent); color: var(--psoas-accent-text); border-color: var(--psoas-accent);
}
.psoas-explainer :focus-visible { outline: 3px solid var(--psoas-accent); outline-offset: 2px; }
.psoas-explainer fieldset { border: 0; padding: 0; margin: 0; min-width: 0; }
.psoas-explainer legend, .psoas-explainer__label { font-weight: 600; font-size: 0.9em; margin-bottom: 4px; padding: 0; display: block; }
.psoas-controls { display: flex; flex-direction: column; gap: var(--psoas-gap); }
.psoas-controls__row { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.psoas-controls__slider { width: 100%; accent-color: var(--psoas-accent); margin: 4px 0; min-height: 24px; }
.psoas-controls__stops { display: grid; grid-template-columns: repeat(4, 1fr); gap: 4px; }
.psoas-controls__stops button { padding: 2px 4px; font-size: 0.85em; }
.psoas-controls__radio { display: inline-flex; align-items: center; gap: 4px; margin-right: 10px; min-height: 28px; }
.psoas-controls__radio input { accent-color: var(--psoas-accent); width: 18px; height: 18px; }
.psoas-controls__tour-status { font-size: 0.85em; color: var(--psoas-muted); }
.psoas-sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; padding: 0; margin: -1px; }
.psoas-live { padding: 8px 10px; border-left: 4px solid var(--psoas-accent); background: var(--psoas-bg); border-radius: 4px; }
.psoas-live[data-hidden="true"] { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; padding: 0; }
/* narrow layouts (panel under the view): the description's first lines (LIVE_TEXT_COLLAPSED_LINES) and a button for the rest;
   collapsed, the bottom padding is a transparent border (overflow clips at the padding box: the third line would show in the padding) */
.psoas-live-box { display: flex; flex-direction: column; align-items: flex-start; gap: 4px; }
.psoas-live-box > .psoas-live:not([data-hidden="true"]) { align-self: stretch; margin: 0; line-height: 1.45; }
.psoas-live__more { display: none; }
@container (max-width: 759px) {
  .psoas-live[data-collapsed="true"]:not([data-hidden="true"]) { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; line-clamp: 2; overflow: hidden; padding-bottom: 0; border-bottom: 8px solid transparent; }
  .psoas-live__more { display: inline-block; }
}
.psoas-readout table { border-collapse: collapse; width: 100%; font-size: 0.9em; font-variant-numeric: tabular-nums; }
.psoas-readout th, .psoas-readout td { text-align: left; padding: 3px 6px; border-bottom: 1px solid var(--psoas-border); }
.psoas-readout td { text-align: right; white-space: nowrap; }
.psoas-readout__caption { caption-side: top; text-align: left; font-weight: 600; font-size: 0.95rem; padding-bottom: 4px; }
.psoas-readout .psoas-readout__col { text-align: right; font-weight: 600; }
.psoas-readout .psoas-readout__col::first-letter { text-transform: uppercase; }
.psoas-readout td[data-mark="start"]::after { content: '*'; }
.psoas-readout td[data-mark="estimate"]::after { content: '†'; }
.psoas-readout td[data-mark="range"]::after { content: '‡'; }
.psoas-explainer__disclaimer { font-size: 0.8em; color: var(--psoas-muted); border-top: 1px solid var(--psoas-border); padding-top: 6px; margin: 0; }
.psoas-warning-signs { display: flex; flex-direction: column; gap: 6px; align-items: flex-start; }
.psoas-redflags__refs { font-size: 0.85em; color: var(--psoas-muted); }
.psoas-readout__note, .psoas-explainer__note { font-size: 0.8em; color: var(--psoas-muted); }
.psoas-badge { display: inline-block; font-size: 0.75em; font-weight: 600; padding: 1px 6px; border-radius: 999px; border: 1px solid currentColor; white-space: nowrap; }
.psoas-badge[data-grade="established"] { color: #1b6e3a; }
.psoas-badge[data-grade="plausible"] { color: #1f5fbf; }
.psoas-badge[data-grade="hypothesis"] { color: #8a4b00; border-style: dashed; }
.psoas-badge[data-grade="not supported"] { color: #9b1c1c; border-style: dotted; }
.psoas-explainer[data-theme="dark"] .psoas-badge[data-grade="established"] { color: #7fd99b; }
.psoas-explainer[data-theme="dark"] .psoas-badge[data-grade="plausible"] { color: #9cc2ff; }
.psoas-explainer[data-theme="dark"] .psoas-badge[data-grade="hypothesis"] { color: #ffc27a; }
.psoas-explainer[data-theme="dark"] .psoas-badge[data-grade="not supported"] { color: #ff9c9c; }
/* the open chapter with the tour's buttons, first in the panel: beside the view (wide) or right under it (narrow) */
.psoas-tour { display: flex; flex-direction: column; gap: 8px; padding-bottom: var(--psoas-gap); border-bottom: 1px solid var(--psoas-border); }
.psoas-chapter { display: flex; flex-direction: column; gap: 8px; }
.psoas-chapter__claims { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 8px; }
.psoas-chapter__claim { padding: 8px; border: 1px solid var(--psoas-border); border-radius: 6px; background: var(--psoas-bg); }
.psoas-chapter__claim p { font-size: 0.9em; }
.psoas-chapter__refs { font-size: 0.8em; color: var(--psoas-muted); }
.psoas-redflags { border: 2px solid var(--psoas-highlight); border-radius: 6px; padding: 8px; }
.psoas-redflags ul { margin: 4px 0; padding-left: 1.2em; }
.psoas-structure { padding: 8px; border-radius: 6px; background: var(--psoas-bg); border: 1px solid var(--psoas-border); }
.psoas-bodymap { margin: 0; display: flex; flex-direction: column; gap: 4px; }
.psoas-bodymap__title { font-weight: 600; font-size: 0.95em; }
.psoas-bodymap__svg { width: 100%; max-width: 340px; height: auto; color: var(--psoas-muted); }
.psoas-bodymap__outline { fill: var(--psoas-bg); stroke: var(--psoas-muted); stroke-width: 1.5; }
.psoas-bodymap__spine { stroke: var(--psoas-border); stroke-width: 1.5; stroke-dasharray: 4 3; }
.psoas-bodymap__region { stroke: var(--psoas-highlight); stroke-width: 1; }
.psoas-bodymap__hatch-bg { fill: var(--psoas-highlight); fill-opacity: 0.35; }
.psoas-bodymap__hatch-line { stroke: var(--psoas-highlight); }
.psoas-bodymap__list { margin: 0; padding-left: 1.2em; font-size: 0.9em; }
.psoas-bodymap__none, .psoas-bodymap__note { font-size: 0.85em; color: var(--psoas-muted); }
/* pointing where it hurts: each region a control; an invisible wider outline widens small targets */
.psoas-bodymap__hint { margin: 0; font-size: 0.85em; }
.psoas-bodymap__control { cursor: pointer; outline: none; }
.psoas-bodymap__hit { fill: transparent; stroke: transparent; stroke-width: 8; stroke-linejoin: round; pointer-events: all; }
.psoas-bodymap__shape { fill: transparent; stroke: var(--psoas-border); stroke-width: 0.6; pointer-events: none; }
.psoas-bodymap__control:hover .psoas-bodymap__shape { stroke: var(--psoas-accent); stroke-width: 1.5; }
.psoas-bodymap__control[data-state="on"] .psoas-bodymap__shape { fill: var(--psoas-accent); fill-opacity: 0.75; stroke: var(--psoas-text); stroke-width: 1.5; }
.psoas-bodymap__control:focus-visible .psoas-bodymap__shape { stroke: var(--psoas-accent); stroke-width: 3; stroke-dasharray: none; }
.psoas-bodymap__control:focus-visible .psoas-bodymap__hit { stroke: var(--psoas-accent); stroke-opacity: 0.35; }
.psoas-bodymap__choice-title { margin: 0; font-weight: 600; }
.psoas-bodymap__choice section { display: flex; flex-direction: column; gap: 4px; padding: 6px 8px; border-left: 4px solid var(--psoas-accent); }
.psoas-bodymap__choice p { margin: 0; }
.psoas-bodymap__nerves { margin: 0; padding-left: 1.2em; font-size: 0.9em; }
.psoas-bodymap__actions { display: flex; flex-wrap: wrap; gap: 6px; }
.psoas-bodymap__actions button { min-height: 44px; }
.psoas-error { position: absolute; inset: 0; display: flex; flex-direction: column; gap: 8px; justify-content: center; align-items: flex-start; padding: 16px; background: var(--psoas-surface); color: var(--psoas-text); }
.psoas-error strong { color: var(--psoas-highlight); }
.psoas-loading { position: absolute; left: 12px; right: 12px; bottom: 12px; display: flex; flex-direction: column; gap: 4px; font-size: 0.85em; }
.psoas-loading progress { width: 100%; accent-color: var(--psoas-accent); }
/* the poster: under the canvas, at the view's height and centred, as the 3D camera frames the scene (vertical field of view) */
.psoas-explainer__poster { position: absolute; inset: 0; overflow: hidden; pointer-events: none; container: psoas-poster / size; }
.psoas-explainer__poster img { position: absolute; top: 0; left: 50%; height: 100%; width: auto; max-width: none; max-height: none; transform: translateX(-50%); user-select: none; }
.psoas-explainer__poster ~ .psoas-loading { background: var(--psoas-surface); padding: 6px 8px; border-radius: 6px; }
/* over a poster the message is a band at the bottom: the picture stays in view */
.psoas-explainer__poster ~ .psoas-error { top: auto; justify-content: flex-end; border-top: 1px solid var(--psoas-border); }
${posterCss()}
.psoas-details > summary { cursor: pointer; font-weight: 600; min-height: 28px; }
.psoas-structures { display: flex; flex-direction: column; gap: 6px; }
/* legend: the swatch colour is the entry's theme variable (--psoas-swatch, set per entry) */
.psoas-legend ul { list-style: none; margin: 6px 0 0; padding: 0; display: flex; flex-direction: column; gap: 4px; }
.psoas-legend li { display: flex; gap: 8px; align-items: flex-start; }
.psoas-legend__swatch { flex: none; width: 20px; height: 14px; margin-top: 0.2em; border-radius: 3px; background: var(--psoas-swatch); border: 1px solid var(--psoas-border); }
.psoas-legend__swatch[data-shape="ring"] { width: 14px; margin-inline: 3px; background: transparent; border: 3px solid var(--psoas-swatch); border-radius: 50%; }
.psoas-legend__swatch[data-shape="hatch"] { background: repeating-linear-gradient(135deg, var(--psoas-swatch) 0 2px, transparent 2px 5px); border-color: var(--psoas-swatch); }
.psoas-legend__swatch[data-shape="arrow"] { border: 0; border-radius: 0; clip-path: polygon(0 38%, 58% 38%, 58% 8%, 100% 50%, 58% 92%, 58% 62%, 0 62%); }
.psoas-legend__swatch[data-shape="outline"] { background: var(--psoas-surface); border: 3px solid var(--psoas-swatch); }
.psoas-explainer__panel:focus { outline: none; }
.psoas-explainer__caption { position: absolute; top: 6px; right: 8px; max-width: min(60%, 320px); z-index: 1; pointer-events: none; font-size: 0.75em; line-height: 1.3; padding: 3px 6px; border-radius: 4px; background: var(--psoas-surface); color: var(--psoas-text); }
/* with compare on, the view labels take the top corners of both panes */
.psoas-explainer__stage[data-compare="on"] .psoas-explainer__caption { top: auto; bottom: 6px; }
.psoas-annotations__list, .psoas-nerves__list { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 6px; }
.psoas-annotations__num, .psoas-note-pin {
  display: inline-flex; align-items: center; justify-content: center; flex: none; width: 24px; height: 24px; border-radius: 50%;
  background: var(--psoas-accent); color: var(--psoas-accent-text); font-weight: 700; font-size: 13px; line-height: 1;
}
.psoas-note-pin { border: 2px solid var(--psoas-bg); box-shadow: 0 1px 3px rgb(0 0 0 / 0.45); }
.psoas-annotations__list li > span { flex: 1 1 auto; }
.psoas-annotations__list li { display: flex; gap: 8px; align-items: center; justify-content: space-between; padding: 4px 8px; border: 1px solid var(--psoas-border); border-radius: 6px; background: var(--psoas-bg); }
.psoas-nerves__list button { text-align: left; width: 100%; }
.psoas-nerves { display: flex; flex-direction: column; gap: 6px; }
.psoas-leftout { display: flex; flex-direction: column; gap: 4px; align-items: flex-start; padding: 8px 10px; border: 1px solid var(--psoas-highlight); border-radius: 6px; background: var(--psoas-bg); font-size: 0.9em; }
.psoas-leftout ul { margin: 0; padding-left: 1.2em; }
.psoas-annotations__full { font-size: 0.85em; padding-left: 6px; border-left: 3px solid var(--psoas-highlight); }
.psoas-annotations__full:empty { border: 0; padding: 0; }
.psoas-share { display: flex; flex-direction: column; gap: 4px; align-items: flex-start; }
.psoas-annotations__add input { flex: 1 1 12em; min-width: 0; min-height: 32px; padding: 4px 8px; border: 1px solid var(--psoas-border); border-radius: 6px; background: var(--psoas-bg); }
.psoas-share__url { width: 100%; min-height: 32px; padding: 4px 8px; border: 1px solid var(--psoas-border); border-radius: 6px; background: var(--psoas-bg); }
.psoas-share__qr { margin: 4px 0 0; display: flex; gap: 8px; align-items: center; }
/* consult layout (mode="consult"): a toolbar over the view with targets of at least 44 x 44 px for tablets */
.psoas-consult { display: flex; flex-direction: column; gap: 8px; padding: 8px var(--psoas-gap); background: var(--psoas-surface); border-bottom: 1px solid var(--psoas-border); }
.psoas-consult__row, .psoas-consult__group { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
.psoas-consult__row[data-control="scenarios"] { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); }
.psoas-explainer .psoas-consult button { min-height: 44px; min-width: 44px; padding: 6px 12px; line-height: 1.2; }
.psoas-consult__row[data-control="scenarios"] button { text-align: left; }
/* on a tablet the consult layout gives the view the full width (two views side by side with compare) and puts the panel under it */
@container (min-width: 760px) and (max-width: 1099px) {
  .psoas-explainer[data-mode="consult"] .psoas-explainer__layout { grid-template-columns: 1fr; }
  .psoas-explainer[data-mode="consult"] .psoas-explainer__panel { border-left: 0; border-top: 1px solid var(--psoas-border); max-height: none; }
}
/* narrow (a phone): each row of the toolbar is one line that scrolls sideways, so the view stays on the first screen
   (the six scenarios stacked in a column filled a 390 × 844 phone's first screen); the rows' padding keeps the
   focus ring (3 px outline + 2 px offset) inside the scroller, which clips */
@container (max-width: 759px) {
  .psoas-consult { gap: 0; padding: 3px max(0px, var(--psoas-gap) - 5px); }
  .psoas-consult__row, .psoas-consult__row[data-control="scenarios"] { display: flex; flex-wrap: nowrap; overflow-x: auto; padding: 5px; scroll-snap-type: x proximity; scroll-padding-inline: 5px; }
  .psoas-consult__row > *, .psoas-consult__group { flex: 0 0 auto; flex-wrap: nowrap; }
  .psoas-consult__row[data-control="scenarios"] button { max-width: 15em; scroll-snap-align: start; }
}
/* the keyboard-shortcut overlay (a modal dialog) */
.psoas-shortcuts { max-width: min(92vw, 560px); max-height: 88vh; overflow-y: auto; padding: 16px; border: 1px solid var(--psoas-border); border-radius: var(--psoas-radius); background: var(--psoas-bg); color: var(--psoas-text); }
.psoas-shortcuts::backdrop { background: rgb(0 0 0 / 0.45); }
.psoas-shortcuts h2 { font-size: 1.15em; margin-bottom: 6px; }
.psoas-shortcuts table { border-collapse: collapse; width: 100%; margin: 10px 0; font-size: 0.92em; }
.psoas-shortcuts caption { text-align: left; font-weight: 600; padding-bottom: 4px; }
.psoas-shortcuts th, .psoas-shortcuts td { text-align: left; padding: 4px 6px; border-bottom: 1px solid var(--psoas-border); vertical-align: top; }
.psoas-shortcuts td:first-child { white-space: nowrap; }
.psoas-shortcuts kbd { font: inherit; font-size: 0.9em; padding: 1px 6px; border: 1px solid var(--psoas-border); border-bottom-width: 2px; border-radius: 4px; background: var(--psoas-surface); }
.psoas-shortcuts button { min-height: 44px; min-width: 44px; }
/* touch screens: every control is at least 44 × 44 px (WCAG 2.5.5; tests/browser/explainer-touch-targets) */
@media (pointer: coarse) {
  .psoas-explainer button, .psoas-explainer select, .psoas-explainer input:not([type="radio"]):not([type="checkbox"]),
  .psoas-explainer textarea, .psoas-controls__radio, .psoas-explainer label:has(> input[type="checkbox"]) { min-height: 44px; }
  .psoas-explainer button { min-width: 44px; }
  .psoas-explainer details > summary { min-height: 44px; box-sizing: border-box; padding-block: 11px; }
}
@media (prefers-reduced-motion: reduce) { .psoas-explainer * { transition: none !important; animation: none !important; } }
`
