/**
 * The guided tour's content (the chapters' scenes, claims and differentials) loads when the tour is
 * first used, not with the explainer: `withChapters` runs its callback at once once loaded. It comes
 * through the chapter panel's module, which the tour shows next anyway (one lazy chunk for both).
 */
type ChapterModule = Pick<typeof import('./ChapterPanel.tsx'), 'getChapter'>

let chapters: ChapterModule | undefined

/** Calls `then` with the chapters' scenes: synchronously when they are loaded, else after loading them. */
export function withChapters(then: (m: ChapterModule) => void): void {
  if (chapters) return then(chapters)
  void import('./ChapterPanel.tsx').then((m) => {
    chapters = m
    then(m)
  })
}
