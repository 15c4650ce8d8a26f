/**
 * Nothing dropped silently (issue 12): what a share link carried beyond a view's limits, the 51st
 * note typed in the panel and a note over 280 characters, in English and Spanish (a link's refused
 * model: Embed/Iframe page). Panel parts on a store, without the 3D view (cheap);
 * the whole component is checked in tests/browser/explainer-left-out.test.tsx.
 */
import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState } from 'react'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { LeftOutNotice } from '../src/components/LeftOutNotice.tsx'
import { AddAnnotation } from '../src/components/AddAnnotation.tsx'
import { leftOutOf, NOTHING_LEFT_OUT } from '../src/components/leftOut.ts'
import { EXPLAINER_CSS } from '../src/components/styles.ts'
import { LIGHT_THEME, themeToCssVars } from '../src/components/theme.ts'
import { SceneStoreProvider } from '../src/react/index.ts'
import { createSceneStore, fromQuery } from '../src/scene-state/index.ts'
import { getCatalog } from '../src/content/index.ts'

/** A link with 53 pins (the first one 300 characters long) and a side that does not exist. */
const LINK = `t=0.66&s=up&a=long,psoasMajorLeft,0,0,0,${'x'.repeat(300)}&${Array.from({ length: 52 }, (_, i) => `a=p${i + 1},psoasMajorRight,0,0,0,n${i + 1}`).join('&')}`

function LeftOutDemo({ locale }: { locale: string }) {
  const catalog = getCatalog(locale)
  const [parsed] = useState(() => fromQuery(LINK))
  const [store] = useState(() => createSceneStore({ ...parsed.state, focus: 'psoasMajorRight' }))
  const [leftOut, setLeftOut] = useState(() => leftOutOf(parsed.problems))
  return (
    <SceneStoreProvider store={store}>
      <style>{EXPLAINER_CSS}</style>
      <div className="psoas-explainer" lang={locale} style={{ ...themeToCssVars(LIGHT_THEME), maxWidth: 440, padding: 12 }}>
        <div className="psoas-explainer__panel">
          <LeftOutNotice catalog={catalog} leftOut={leftOut} onDismiss={() => setLeftOut(NOTHING_LEFT_OUT)} />
          <AddAnnotation catalog={catalog} />
        </div>
      </div>
    </SceneStoreProvider>
  )
}

const meta = {
  title: 'Explainer/Left out',
  component: LeftOutDemo,
  tags: ['autodocs'],
  args: { locale: 'en' },
  argTypes: { locale: { control: 'inline-radio', options: ['en', 'es'], description: 'Language of the text' } },
} satisfies Meta<typeof LeftOutDemo>
export default meta
type Story = StoryObj<typeof meta>

const EXPECTED = {
  en: {
    lines: ['Notes left out, because a view holds at most 50: 3', 'Notes shortened to 280 characters: 1', 'Other values in the link that could not be used: 1'],
    add: 'Add note',
    full: 'This view already has 50 notes, the most it can hold. Remove one to add this note.',
    tooLong: 'A note can have at most 280 characters; this one has 300. Shorten it to add it.',
  },
  es: {
    lines: ['Notas que se dejaron fuera, porque una vista admite como máximo 50: 3', 'Notas acortadas a 280 caracteres: 1', 'Otros valores del enlace que no se pudieron usar: 1'],
    add: 'Añadir nota',
    full: 'Esta vista ya tiene 50 notas, el máximo posible. Quite una para añadir esta nota.',
    tooLong: 'Una nota puede tener como máximo 280 caracteres; esta tiene 300. Acórtela para añadirla.',
  },
} as const

function play(locale: 'en' | 'es'): Story['play'] {
  return async ({ canvasElement }) => {
    const c = within(canvasElement)
    const e = EXPECTED[locale]
    const notice = await waitFor(() => {
      const n = canvasElement.querySelector<HTMLElement>('[data-testid="left-out"]')
      expect(n).not.toBeNull()
      return n!
    })
    expect(notice.getAttribute('role')).toBe('status')
    expect([...notice.querySelectorAll('li')].map((li) => li.textContent)).toEqual(e.lines)
    const field = canvasElement.querySelector<HTMLInputElement>('.psoas-annotations__add input')!
    await userEvent.type(field, 'one more')
    await userEvent.click(c.getByRole('button', { name: e.add }))
    await waitFor(() => expect(canvasElement.querySelector('[data-testid="annotations-full"]')?.textContent).toBe(e.full))
    expect(field.value).toBe('one more')
    // a note over 280 characters is not cut either: its length is said, and the text stays
    await userEvent.clear(field)
    await userEvent.click(field)
    await userEvent.paste('y'.repeat(300))
    await waitFor(() => expect(canvasElement.querySelector('[data-testid="annotations-full"]')?.textContent).toBe(e.tooLong))
    expect(field.value).toHaveLength(300)
    expect(field.getAttribute('aria-invalid')).toBe('true')
  }
}

export const English: Story = { play: play('en') }
export const Spanish: Story = { args: { locale: 'es' }, play: play('es') }
