/**
 * Spanish sentences of the live description (the facts come from scene-state's deriveView).
 * Same rules as the English messages: nerves "podrían irritarse" (unproven), never "están comprimidos".
 */
import type { DescribeFacts } from '../../scene-state/view.ts'
import type { DescribeMessages } from '../types.ts'
import { discStartMeasured } from '../evidence.ts'
import type { NerveKey } from '../../scene-state/ids.ts'
import type { Posture, TightSide } from '../../scene-state/types.ts'

const POSTURE: Record<Posture, string> = {
  standing: 'De pie',
  sitting: 'Sentado',
  supine: 'Acostado boca arriba',
  risingFromChair: 'Levantándose de una silla',
  thomasTest: 'Prueba de Thomas',
  hipFlexorStretch: 'Estiramiento del flexor de cadera',
}

const NERVE: Record<NerveKey, string> = {
  iliohypogastric: 'iliohipogástrico',
  ilioinguinal: 'ilioinguinal',
  genitofemoral: 'genitofemoral',
  lateralFemoralCutaneous: 'cutáneo femoral lateral',
  femoral: 'femoral',
  obturator: 'obturador',
  lumbosacralTrunk: 'tronco lumbosacro',
}

/** Body-map regions as they read inside a sentence ("se podría notar en …"). */
const REGION: Record<string, string> = {
  suprapubic: 'justo encima del pubis',
  inguinalGroin: 'la ingle',
  genital: 'los genitales',
  upperAnteriorThigh: 'la parte alta del muslo',
  upperMedialThigh: 'la parte alta de la cara interna del muslo',
  anterolateralThigh: 'la parte externa del muslo',
  anteriorThigh: 'la parte delantera del muslo',
  anteromedialThigh: 'la parte delantera e interna del muslo',
  medialThigh: 'la cara interna del muslo',
  anteriorKnee: 'la rodilla',
  medialLeg: 'el lado interno de la pierna',
  medialFootArch: 'el arco del pie',
  lateralLeg: 'el lado externo de la pierna',
  dorsumFoot: 'el empeine',
  bigToe: 'el dedo gordo del pie',
  lowBack: 'la zona lumbar',
  upperLateralButtock: 'la parte alta y externa de la nalga',
  buttock: 'la nalga',
  posteriorThigh: 'la parte trasera del muslo',
  posteriorLeg: 'la pantorrilla',
  lateralFootHeel: 'el talón',
}

/** Singular / plural (for "ambos psoas"). */
const BAND: Record<DescribeFacts['band'], [string, string]> = {
  relaxed: ['relajado', 'relajados'],
  slight: ['ligeramente tenso', 'ligeramente tensos'],
  mild: ['algo tenso', 'algo tensos'],
  tight: ['tenso', 'tensos'],
  severe: ['muy tenso', 'muy tensos'],
}

const SIDE_ADJ: Record<'left' | 'right', string> = { left: 'izquierdo', right: 'derecho' }

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} y ${items[items.length - 1]}`
}

function who(side: TightSide): string {
  return side === 'both' ? 'ambos psoas' : `psoas ${SIDE_ADJ[side]}`
}

function band(f: DescribeFacts): string {
  return BAND[f.band][f.side === 'both' ? 1 : 0]
}

function percent(f: DescribeFacts): string {
  return f.percent > 0 ? ` (${f.percent} %)` : ''
}

/** Decimal comma, two decimals. */
function mpa(x: number): string {
  return x.toFixed(2).replace('.', ',')
}

/** What loads the spine in this posture (named in every effect sentence). */
function cause(f: DescribeFacts): string {
  return f.posture === 'thomasTest' || f.posture === 'hipFlexorStretch' ? 'Estirar el músculo tenso' : 'La tensión del músculo'
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

/** Lo que pone en riesgo los nervios (como en inglés): en la prueba de Thomas y el estiramiento, estirar el músculo tenso. */
function nerveCause(f: DescribeFacts): string {
  if (f.posture === 'thomasTest' && (f.thomasThighDeg ?? 0) < 0)
    return 'Aunque la prueba sea normal, estirar el músculo tenso lo pone en tensión, así que '
  if (f.posture === 'thomasTest' || f.posture === 'hipFlexorStretch') return 'Estirar el músculo tenso lo pone en tensión, así que '
  return 'Con esta tensión, '
}

export const describeMessages: DescribeMessages = {
  headline: (f) => `${POSTURE[f.posture]}: ${who(f.side)} ${band(f)}${percent(f)}.`,
  posture: (f) => {
    switch (f.posture) {
      case 'standing':
      case 'supine': {
        const usual = f.posture === 'standing' ? 'de pie' : 'acostado'
        if (f.percent === 0) return `La curva lumbar es de ${f.normalLordosisDeg}°, el valor habitual ${usual}.`
        if (f.lordosisDeg === f.normalLordosisDeg && f.tiltChangeDeg === 0)
          return `La cadera todavía compensa el músculo más corto, así que en este modelo didáctico la curva lumbar se mantiene en ${f.lordosisDeg}°.`
        const lean =
          f.leanDeg > 0 && f.side !== 'both'
            ? ` La tensión de un solo lado inclina la columna unos ${f.leanDeg}° hacia el lado ${SIDE_ADJ[f.side]}.`
            : ''
        return `Cuando la cadera ya no tiene margen, el músculo más corto tira de la columna: en este modelo didáctico la curva lumbar aumenta de ${f.normalLordosisDeg}° a ${f.lordosisDeg}° y la pelvis se inclina ${f.tiltChangeDeg}° hacia adelante.${lean}`
      }
      case 'sitting':
        return `Al estar sentado, el psoas está relajado y no tira: la curva lumbar se mantiene en ${f.lordosisDeg}°.`
      case 'risingFromChair':
        return f.percent === 0
          ? `Al levantarse, la zona lumbar está doblada hacia adelante (curva de ${f.lordosisDeg}°).`
          : `Se suele decir que un psoas tenso tira de la columna lumbar al levantarse, mientras las caderas siguen dobladas (curva de ${f.lordosisDeg}°).`
      case 'thomasTest': {
        const leg = SIDE_ADJ[f.testedLeg ?? 'right']
        const th = f.thomasThighDeg ?? 0
        if (th > 0)
          return `El muslo ${leg} queda ${th}° por encima de la línea de la camilla: la prueba es positiva, un signo de flexores de cadera tensos.`
        if (th === 0) return `El muslo ${leg} queda a la altura de la camilla: la prueba es dudosa.`
        return `El muslo ${leg} cuelga ${-th}° por debajo de la línea de la camilla: la prueba es negativa (normal).`
      }
      case 'hipFlexorStretch': {
        const leg = SIDE_ADJ[f.testedLeg ?? 'right']
        const h = f.rearHipDeg ?? 0
        const restExt = -(f.rearHipRestDeg ?? 0)
        if (h < 0)
          return `El muslo de atrás (${leg}) llega ${-h}° por detrás del cuerpo antes de sentir el estiramiento (${restExt}° en reposo).`
        return `El muslo de atrás (${leg}) no llega a pasar por detrás del cuerpo antes de sentir el estiramiento (${restExt}° en reposo).`
      }
    }
    return ''
  },
  disc: (f) =>
    f.discMPa === f.normalDiscMPa
      ? ''
      : `${cause(f)} comprime la columna, así que la presión en el disco L4–L5 sube de unos ${mpa(f.normalDiscMPa)} MPa (${discStartMeasured(f.posture) ? 'un valor de ejemplo medido en una persona' : 'un valor aproximado para esta posición, no medido'}) a ${mpa(f.discMPa)} MPa (una estimación didáctica).`,
  nerves: (f) => {
    if (f.nerves.length === 0) return ''
    const top = f.nerves.slice(0, 2)
    const names = top.map((k) => NERVE[k])
    const one = top.length === 1
    const trunkOnly = one && top[0] === 'lumbosacralTrunk'
    const subject = trunkOnly ? 'el tronco lumbosacro' : one ? `el nervio ${names[0]}` : `los nervios ${list(names)}`
    const verb = one ? 'podría irritarse donde pasa' : 'podrían irritarse donde pasan'
    const regions = f.regions.map((r) => REGION[r] ?? r)
    const felt = regions.length > 0 ? `; se podría notar en ${list(regions)}` : ''
    const stop =
      f.posture === 'hipFlexorStretch' ? ' Este estiramiento también estira el nervio femoral: deténgase si duele u hormiguea.' : ''
    return `${nerveCause(f)}${subject} ${verb} a través o al lado del psoas${felt}.${stop}`
  },
  caveat: (f) => (f.percent > 0 ? 'Es una explicación habitual, no una causa demostrada.' : ''),
  short: (f) => `${capitalise(who(f.side))} ${band(f)}${percent(f)}, ${POSTURE[f.posture].toLowerCase()}`,
}
