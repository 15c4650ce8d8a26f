import { EXPLAINER_CSS, STYLE_HREF } from './styles.ts'

/** Injects the component CSS once per document (React 19 dedupes `<style href precedence>` by href). */
export function StyleSheet() {
  return (
    <style href={STYLE_HREF} precedence="default">
      {EXPLAINER_CSS}
    </style>
  )
}
