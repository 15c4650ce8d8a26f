import * as a11yAddonAnnotations from '@storybook/addon-a11y/preview'
import { setProjectAnnotations } from '@storybook/react-vite'
import * as projectAnnotations from './preview.tsx'

// Applies the Storybook preview (decorators, a11y checks) to the stories run as tests by Vitest.
setProjectAnnotations([a11yAddonAnnotations, projectAnnotations])
