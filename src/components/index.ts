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
  TightnessSlider,
  SideRadios,
  PostureSelect,
  LayerToggles,
  CameraButtons,
  TourControls,
  HistoryButtons,
  nearestStop,
  tightnessValueText,
  type ControlsProps,
  type ControlsPanelMode,
  type TourControlsProps,
  type HistoryButtonsProps,
  type TightnessSliderProps,
} from './Controls.tsx'
export { BodyMap, regionPolygon, type BodyMapProps, type BodyMapHighlight, type BodyMapText } from './BodyMap.tsx'
export { ReadoutTable, type ReadoutTableProps } from './Readout.tsx'
export { StructureInfo, AnnotationList, AddAnnotation, NerveList, ShareButton, defaultShareUrl, type ShareButtonProps } from './PanelParts.tsx'
export { ChapterPanel, GradeBadge, RedFlags, type ChapterPanelProps } from './ChapterPanel.tsx'
export { LIGHT_THEME, DARK_THEME, THEME_CSS_VARS, resolveTheme, themeToCssVars, sceneColors, type PsoasTheme, type PsoasThemeProp } from './theme.ts'
