/** The React surface: the complete explainer and the parts for people who compose their own UI. */
export {
  PsoasExplainer,
  PsoasExplainerError,
  ExplainerErrorBoundary,
  CONTROLS_MODES,
  DEFAULT_MODEL_URL,
  type PsoasExplainerProps,
  type PsoasExplainerApi,
  type ControlsMode,
  type ExplainerErrorKind,
} from './PsoasExplainer.tsx'
export {
  Controls,
  SideRadios,
  PostureSelect,
  LayerToggles,
  CameraButtons,
  type ControlsProps,
  type ControlsPanelMode,
} from './Controls.tsx'
export { TightnessSlider, nearestStop, tightnessValueText, type TightnessSliderProps } from './TightnessSlider.tsx'
export { TourControls, type TourControlsProps } from './TourControls.tsx'
export { HistoryButtons, type HistoryButtonsProps } from './HistoryButtons.tsx'
export { BodyMap, regionPolygon, type BodyMapProps, type BodyMapHighlight, type BodyMapText } from './BodyMap.tsx'
export { ReadoutTable, type ReadoutTableProps } from './Readout.tsx'
export { LiveText } from './LiveText.tsx'
export { ReadoutBox } from './ReadoutBox.tsx'
export { SymptomMap } from './SymptomMap.tsx'
export { StructurePicker } from './StructurePicker.tsx'
export { StructureInfo } from './StructureInfo.tsx'
export { AnnotationList } from './AnnotationList.tsx'
export { AddAnnotation } from './AddAnnotation.tsx'
export { NerveList } from './NerveList.tsx'
export { ShareButton, defaultShareUrl, type ShareButtonProps } from './ShareButton.tsx'
// ChapterPanel loads on first use (LazyChapterPanel): the tour's content is not in the first chunk
export { ChapterPanel } from './LazyChapterPanel.tsx'
export type { ChapterPanelProps } from './ChapterPanel.tsx'
export { GradeBadge } from './GradeBadge.tsx'
export { RedFlags } from './RedFlags.tsx'
export { LIGHT_THEME, DARK_THEME, THEME_CSS_VARS, resolveTheme, themeToCssVars, sceneColors, type PsoasTheme, type PsoasThemeProp } from './theme.ts'
