/**
 * Global setup of the browser and Storybook test projects: before any test runs, say in one line how
 * to get a browser when none is found (instead of Playwright's "executable doesn't exist" stack trace).
 */
import { CHROMIUM_FOUND, chromiumMissingMessage } from '../../scripts/chromium.ts'

export default function requireChromium(): void {
  if (CHROMIUM_FOUND) return
  // one line and a non-zero exit: a stack trace would bury the advice
  console.error(chromiumMissingMessage())
  process.exit(1)
}
