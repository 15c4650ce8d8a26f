/**
 * The handout's CSS (Handout.tsx), added with it when it is first shown, like the component's CSS
 * (StyleSheet.tsx): it is not in the first chunk. Black on white, sizes in print units.
 */
export const HANDOUT_STYLE_HREF = 'psoas-explainer-handout-styles-v1'

export const HANDOUT_CSS = /* css */ `
/*
 * Never on screen. In print: after "Print a handout", <html> carries
 * data-psoas-print and only the .psoas-print-root at the end of <body> is printed; when the host page
 * prints by itself, an explainer with data-print="handout" prints its handout in place of its layout.
 */
.psoas-handout { display: none; }
@page psoas-handout { margin: 12mm; }
@media print {
  html[data-psoas-print] body > :not(.psoas-print-root) { display: none !important; }
  html[data-psoas-print] body { margin: 0 !important; padding: 0 !important; }
  .psoas-print-root .psoas-handout, .psoas-explainer[data-print="handout"] .psoas-handout { display: block; }
  .psoas-explainer[data-print="handout"] { width: auto !important; border: 0; border-radius: 0; background: none; overflow: visible; container-type: normal; }
  .psoas-explainer[data-print="handout"] > .psoas-explainer__layout { display: none; }
}
.psoas-handout {
  page: psoas-handout;
  --psoas-text: #000; --psoas-muted: #222; --psoas-border: #555; --psoas-highlight: #000; --psoas-bg: #fff; --psoas-surface: #fff;
  color: #000; background: #fff; font-size: 9pt; line-height: 1.3; text-align: left;
  print-color-adjust: economy;
}
@media screen { .psoas-handout[data-preview="true"] { display: block; box-sizing: border-box; width: 210mm; max-width: 100%; padding: 12mm; border: 1px solid #999; } }
.psoas-handout * { box-sizing: border-box; }
.psoas-handout h1, .psoas-handout h2, .psoas-handout h3, .psoas-handout h4 { margin: 0 0 3px; line-height: 1.2; break-after: avoid; }
.psoas-handout h1 { font-size: 15pt; }
.psoas-handout h2 { font-size: 11pt; }
.psoas-handout h3 { font-size: 9.5pt; }
.psoas-handout p { margin: 0 0 3px; }
.psoas-handout ul { margin: 2px 0 4px; padding-left: 1.2em; }
.psoas-handout li { margin: 0 0 2px; break-inside: avoid; }
.psoas-handout__header { display: flex; justify-content: space-between; align-items: baseline; gap: 12px; border-bottom: 1.5pt solid #000; margin-bottom: 4px; }
.psoas-handout__disclaimer { font-weight: 600; }
.psoas-handout__top { display: grid; grid-template-columns: 52% 1fr; gap: 10px; align-items: start; margin: 4px 0 6px; break-inside: avoid; }
.psoas-handout__figure { margin: 0; }
.psoas-handout__canvas { display: block; width: 100%; height: auto; border: 0.75pt solid #000; }
.psoas-handout__figure figcaption, .psoas-handout__note, .psoas-handout .psoas-readout__note { font-size: 7.5pt; color: #222; }
.psoas-handout .psoas-readout table { font-size: 8.5pt; }
.psoas-handout .psoas-readout th, .psoas-handout .psoas-readout td { padding: 1px 4px; border-bottom: 0.5pt solid #555; }
.psoas-handout .psoas-readout__caption { font-size: 9pt; }
.psoas-handout .psoas-badge { color: #000 !important; border-color: #000; }
.psoas-handout__chapters { columns: 2; column-gap: 14px; }
.psoas-handout__chapters > h2 { column-span: all; }
.psoas-handout__chapter { margin-bottom: 4px; }
.psoas-handout__claims { font-size: 8pt; }
.psoas-handout__grade { font-weight: 600; white-space: nowrap; }
.psoas-handout__refs { font-style: italic; }
.psoas-handout__literature { font-size: 7pt; break-inside: avoid; }
.psoas-handout__bottom { display: grid; grid-template-columns: 1fr 38%; gap: 10px; align-items: start; margin-top: 6px; break-inside: avoid; }
.psoas-handout .psoas-redflags { border: 1.5pt solid #000; border-radius: 0; padding: 5px 6px; font-size: 8pt; }
.psoas-handout .psoas-redflags ul { margin: 1px 0 3px; }
.psoas-handout .psoas-redflags__refs { color: #222; font-size: 7pt; }
.psoas-handout__link { border: 0.75pt solid #000; padding: 5px 6px; }
.psoas-handout__qr { width: 30mm; height: 30mm; margin: 2px 0 4px; }
.psoas-handout abbr { text-decoration: none; }
.psoas-handout__url { font-family: ui-monospace, monospace; font-size: 7pt; overflow-wrap: anywhere; word-break: break-all; }
`
