/** Text of the demo page itself (the explainer's own text comes from the content catalogs). */
export const DEMO_TEXT = {
  en: {
    pageTitle: 'The psoas and your lower back – interactive explainer',
    kicker: 'Patient information',
    lead: 'Move the slider to see what a tight psoas is often said to do to the lower back, and where nerve symptoms could be felt. The model is a drawing of an idea, not a scan of you.',
    explainerHeading: 'Try it yourself',
    chaptersHeading: 'Step by step',
    showInModel: 'Show this in the model',
    footer: 'This page explains; it does not diagnose. Talk to your doctor or physiotherapist about your own symptoms.',
    language: 'Language',
    consultLayout: 'Consultation layout',
  },
  es: {
    pageTitle: 'El psoas y su zona lumbar – explicación interactiva',
    kicker: 'Información para pacientes',
    lead: 'Mueva el control para ver lo que a menudo se dice que un psoas tenso hace a la zona lumbar, y dónde se podrían notar síntomas de los nervios. El modelo es un dibujo de una idea, no una imagen de usted.',
    explainerHeading: 'Pruébelo usted mismo',
    chaptersHeading: 'Paso a paso',
    showInModel: 'Mostrarlo en el modelo',
    footer: 'Esta página explica; no diagnostica. Hable con su médico o fisioterapeuta sobre sus propios síntomas.',
    language: 'Idioma',
    consultLayout: 'Vista para la consulta',
  },
} as const
export type DemoLocale = keyof typeof DEMO_TEXT
