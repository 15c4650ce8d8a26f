/** Spanish text. A reasonable translation, not yet checked by a fluent clinician (reviewed: false). */
import type { Catalog } from '../types.ts'
import { describeMessages } from './describe.ts'

const femurText = 'El hueso largo del muslo; el psoas y el ilíaco se fijan en un pequeño saliente cerca de su parte alta.'
const psoasText =
  'Un músculo largo que va de los lados de las vértebras lumbares a la parte alta del fémur y levanta el muslo.'
const iliacusText = 'Un músculo en forma de abanico que cubre el interior del hueso de la cadera y se une al psoas para levantar el muslo.'
const discText = 'Un cojín blando entre dos vértebras que les permite doblarse y absorbe la carga.'

const nerveText = {
  iliohypogastric:
    'Da sensibilidad a la piel sobre el pubis y a la parte alta externa de la nalga, y mueve músculos bajos del abdomen.',
  ilioinguinal: 'Lleva la sensibilidad de la ingle y de la parte alta de la cara interna del muslo, y mueve los músculos bajos del abdomen.',
  genitofemoral: 'Pasa por delante del psoas y lleva la sensibilidad de los genitales y de una pequeña zona bajo la ingle.',
  lateralFemoralCutaneous: 'Lleva la sensibilidad de la cara delantera y externa del muslo; no mueve ningún músculo.',
  femoral:
    'Lleva la sensibilidad de la parte delantera del muslo y del lado interno de la pierna, y mueve los músculos que estiran la rodilla.',
  obturator: 'Lleva la sensibilidad de una pequeña zona de la cara interna del muslo y mueve los músculos que juntan las piernas.',
  lumbosacralTrunk: 'Una banda gruesa de las raíces L4 y L5 que ayuda a formar el nervio ciático, para la pierna y el pie.',
}

export const es: Catalog = {
  describe: describeMessages,
  meta: { locale: 'es', languageName: 'Español', reviewed: false },
  structures: {
    vertebraL1: { name: 'Vértebra L1', description: 'La vértebra más alta de la zona lumbar, donde empieza la parte superior del psoas.' },
    vertebraL2: { name: 'Vértebra L2', description: 'La segunda vértebra lumbar; fibras del psoas nacen en su lado y en la apófisis de al lado.' },
    vertebraL3: { name: 'Vértebra L3', description: 'La vértebra del medio de la zona lumbar, más o menos a la altura del ombligo.' },
    vertebraL4: { name: 'Vértebra L4', description: 'La cuarta vértebra lumbar, más o menos a la altura de la parte alta de las caderas.' },
    vertebraL5: { name: 'Vértebra L5', description: 'La vértebra lumbar más baja; se apoya en el sacro y soporta gran parte del peso del cuerpo.' },
    discL1L2: { name: 'Disco entre L1 y L2', description: discText },
    discL2L3: { name: 'Disco entre L2 y L3', description: discText },
    discL3L4: { name: 'Disco entre L3 y L4', description: discText },
    discL4L5: { name: 'Disco entre L4 y L5', description: 'Uno de los discos con más carga; el modelo muestra su presión con valores de ejemplo.' },
    discL5S1: { name: 'Disco entre L5 y el sacro', description: 'El disco más bajo, en la curva marcada donde la columna se une a la pelvis.' },
    sacrum: { name: 'Sacro', description: 'El hueso triangular en la base de la columna que une los dos huesos de la cadera.' },
    pelvis: { name: 'Pelvis (huesos de la cadera)', description: 'El anillo de hueso que sostiene la columna; su inclinación cambia la curva lumbar.' },
    femurLeft: { name: 'Fémur (izquierdo)', description: femurText },
    femurRight: { name: 'Fémur (derecho)', description: femurText },
    psoasMajorLeft: { name: 'Psoas mayor (izquierdo)', description: psoasText },
    psoasMajorRight: { name: 'Psoas mayor (derecho)', description: psoasText },
    iliacusLeft: { name: 'Ilíaco (izquierdo)', description: iliacusText },
    iliacusRight: { name: 'Ilíaco (derecho)', description: iliacusText },
    iliohypogastricLeft: { name: 'Nervio iliohipogástrico (izquierdo)', description: nerveText.iliohypogastric },
    iliohypogastricRight: { name: 'Nervio iliohipogástrico (derecho)', description: nerveText.iliohypogastric },
    ilioinguinalLeft: { name: 'Nervio ilioinguinal (izquierdo)', description: nerveText.ilioinguinal },
    ilioinguinalRight: { name: 'Nervio ilioinguinal (derecho)', description: nerveText.ilioinguinal },
    genitofemoralLeft: { name: 'Nervio genitofemoral (izquierdo)', description: nerveText.genitofemoral },
    genitofemoralRight: { name: 'Nervio genitofemoral (derecho)', description: nerveText.genitofemoral },
    lateralFemoralCutaneousLeft: { name: 'Nervio cutáneo femoral lateral (izquierdo)', description: nerveText.lateralFemoralCutaneous },
    lateralFemoralCutaneousRight: { name: 'Nervio cutáneo femoral lateral (derecho)', description: nerveText.lateralFemoralCutaneous },
    femoralLeft: { name: 'Nervio femoral (izquierdo)', description: nerveText.femoral },
    femoralRight: { name: 'Nervio femoral (derecho)', description: nerveText.femoral },
    obturatorLeft: { name: 'Nervio obturador (izquierdo)', description: nerveText.obturator },
    obturatorRight: { name: 'Nervio obturador (derecho)', description: nerveText.obturator },
    lumbosacralTrunkLeft: { name: 'Tronco lumbosacro (izquierdo)', description: nerveText.lumbosacralTrunk },
    lumbosacralTrunkRight: { name: 'Tronco lumbosacro (derecho)', description: nerveText.lumbosacralTrunk },
  },
  nerves: {
    iliohypogastric: { name: 'Nervio iliohipogástrico', roots: 'T12–L1' },
    ilioinguinal: { name: 'Nervio ilioinguinal', roots: 'L1' },
    genitofemoral: { name: 'Nervio genitofemoral', roots: 'L1–L2' },
    lateralFemoralCutaneous: { name: 'Nervio cutáneo femoral lateral', roots: 'L2–L3' },
    femoral: { name: 'Nervio femoral', roots: 'L2–L4' },
    obturator: { name: 'Nervio obturador', roots: 'L2–L4' },
    lumbosacralTrunk: { name: 'Tronco lumbosacro', roots: 'L4–L5' },
  },
  ui: {
    title: 'El psoas y su zona lumbar',
    summary: 'Un modelo 3D didáctico de la columna lumbar, los músculos psoas y los nervios cercanos.',
    viewLabel: 'Vista 3D de la zona lumbar, la pelvis, los músculos psoas y los nervios',
    compareViewLabel: 'Vista 3D para comparar',
    viewerRole: 'visor 3D',
    disclaimer: 'Esto explica; no diagnostica. Consulte a un médico o fisioterapeuta sobre sus propios síntomas.',
    selected: 'Seleccionado',
    evidenceSummary: '¿Qué tan seguros estamos? ({count} afirmaciones con su evidencia)',
    loading: 'Cargando el modelo 3D… (no sabemos cuánto tardará)',
    loadingProgress: 'Cargando el modelo 3D… {percent} %',
    errors: {
      modelLoad: 'Lo sentimos, no se pudo mostrar el modelo 3D.',
      timeout: 'El modelo 3D está tardando demasiado en cargar. Puede que su conexión sea lenta.',
      noWebgl: 'Este navegador o dispositivo no puede mostrar el modelo 3D.',
      contextLost: 'La vista 3D se detuvo un momento y se está reiniciando.',
      contextLostGone: 'La vista 3D se detuvo y no volvió a empezar sola.',
      render: 'Lo sentimos, algo salió mal en esta explicación.',
      textOnlyHint: 'Puede leer todos los capítulos como texto más abajo.',
      textOnlyHintMinimal: 'Los controles de abajo siguen funcionando y describen cada cambio con palabras.',
      retry: 'Reintentar',
      detail: 'Detalles técnicos',
    },
    controls: {
      tightness: 'Tensión del psoas',
      tightnessValue: '{stop} ({percent} %)',
      stops: { relaxed: 'Relajado', mild: 'Algo tenso', tight: 'Tenso', severe: 'Muy tenso' },
      side: 'Lado tenso',
      sides: { left: 'Izquierdo', right: 'Derecho', both: 'Ambos' },
      posture: 'Posición',
      postures: {
        standing: { name: 'De pie', explanation: 'Erguido y relajado, con las caderas rectas.' },
        sitting: { name: 'Sentado', explanation: 'Sentado recto sin respaldo; el psoas está acortado y sin tensión.' },
        supine: { name: 'Acostado boca arriba', explanation: 'Tumbado con las piernas estiradas.' },
        risingFromChair: { name: 'Levantarse de una silla', explanation: 'El momento de dejar el asiento, inclinado hacia adelante.' },
        thomasTest: {
          name: 'Prueba de Thomas',
          explanation: 'Acostado al borde de una camilla, abrazando una rodilla, con la otra pierna colgando.',
        },
        hipFlexorStretch: {
          name: 'Estiramiento del flexor de cadera',
          explanation: 'Arrodillado sobre una rodilla; la pierna de atrás es el lado que se estira.',
        },
      },
      layers: 'Mostrar',
      layerNames: {
        bones: 'Huesos',
        discs: 'Discos',
        muscles: 'Músculos',
        nerves: 'Nervios',
        forces: 'Fuerzas',
        labels: 'Etiquetas',
        outline: 'Silueta del cuerpo',
      },
      camera: 'Vista',
      cameras: { front: 'Frente', side: 'Lado', back: 'Espalda', oblique: 'En ángulo', top: 'Arriba' },
      tour: {
        label: 'Visita guiada',
        play: 'Iniciar visita',
        pause: 'Pausa',
        next: 'Siguiente',
        previous: 'Anterior',
        progress: 'Capítulo {current} de {total}',
        close: 'Cerrar visita',
      },
      reset: 'Restablecer',
      undo: 'Deshacer',
      redo: 'Rehacer',
      compare: 'Comparar con relajado',
      compareNormal: 'Relajado',
      compareCurrent: 'Ahora',
      fullScreen: 'Pantalla completa',
      exitFullScreen: 'Salir de pantalla completa',
      focus: 'Resaltar',
      focusNone: 'Nada resaltado',
    },
    readout: {
      title: 'Valores',
      lordosis: 'Curva lumbar',
      anteriorTiltChange: 'Cambio de inclinación de la pelvis hacia adelante',
      discL4L5: 'Presión del disco L4–L5',
      normal: 'normal',
      degrees: '{value}°',
      megapascals: '{value} MPa',
      teachingModel: 'Modelo didáctico',
      exampleValues: 'Valor inicial: un ejemplo medido en una sola persona (Wilke 1999).',
      teachingEstimate: 'Valor aumentado: una estimación didáctica de lo que podría añadir la tensión del músculo, no una medición.',
      thomasThigh: 'Muslo colgante por encima de la horizontal',
      thomasThighNote: 'Por encima de 0° la prueba se considera positiva (flexores de cadera cortos). Ese límite viene de estudios con deportistas.',
    },
    annotations: {
      title: 'Notas',
      item: '{structure}: {text}',
      remove: 'Quitar',
      removeLabel: 'Quitar la nota «{text}»',
      newLabel: 'Añadir una nota a: {structure}',
      add: 'Añadir nota',
      full: 'Esta vista ya tiene {max} notas, el máximo posible. Quite una para añadir esta nota.',
      tooLong: 'Una nota puede tener como máximo {max} caracteres; esta tiene {count}. Acórtela para añadirla.',
    },
    leftOut: {
      title: 'No se pudo mostrar todo lo que trae este enlace',
      pins: 'Notas que se dejaron fuera, porque una vista admite como máximo {max}: {count}',
      cut: 'Notas acortadas a {max} caracteres: {count}',
      other: 'Otros valores del enlace que no se pudieron usar: {count}',
      dismiss: 'Cerrar este mensaje',
    },
    share: {
      button: 'Copiar un enlace a esta vista',
      copied: 'Enlace copiado.',
      failed: 'Copie el enlace de abajo para compartir esta vista.',
      linkLabel: 'Enlace a esta vista',
      includeNotes: 'Incluir mis notas',
      includeNotesWarning: 'Cualquier persona con el enlace podrá leer las notas.',
      qrLabel: 'Código QR del enlace a esta vista',
      qrHint: 'Escanéelo con la cámara del móvil para abrir esta vista.',
    },
    snapshot: {
      button: 'Guardar una imagen',
      saving: 'Creando la imagen…',
      saved: 'Imagen guardada, con una descripción y sus notas debajo.',
      failed: 'No se puede crear una imagen: la vista 3D no se muestra.',
      fileName: 'psoas-explicacion',
    },
    handout: {
      button: 'Imprimir una hoja informativa',
      preparing: 'Preparando la hoja informativa…',
      printed: 'La hoja informativa se envió al cuadro de impresión.',
      failed: 'No se pudo preparar la hoja informativa.',
      title: 'Su psoas y la zona lumbar',
      date: 'Impreso el {date}',
      compareCaption: 'Izquierda: {left}. Derecha: {right}.',
      noPicture: 'Sin imagen: la vista 3D no se mostraba.',
      stateTitle: 'Lo que mostraba la vista',
      chaptersTitle: 'Para saber más',
      referencesTitle: 'Referencias',
      linkTitle: 'Vuelva a ver esta vista',
      linkHint: 'Escanee el código con la cámara del móvil o escriba el enlace en un navegador.',
    },
    nerveList: {
      title: 'Nervios que podrían irritarse',
      none: 'Con este ajuste el modelo no marca ningún nervio.',
    },
    teachingModelLabel:
      'Modelo didáctico: muestra una explicación que los clínicos usan a menudo. Es el dibujo de una idea, no una simulación comprobada.',
    commonExplanationLabel: 'Una explicación que los clínicos usan a menudo, no un mecanismo demostrado.',
    illustrationLabel: 'Solo ilustración.',
    notSupportedNerveCaveat: 'No se cree que el psoas atrape estos nervios, por eso el modelo no los marca.',
    nerveMayBeIrritated: '{nerve} · raíces {roots}: podría irritarse aquí. No está demostrado.',
  },
  evidence: {
    grade: 'Evidencia',
    caveat: 'Tenga en cuenta',
    references: 'Fuentes',
    grades: {
      established: { name: 'Establecido', description: 'Demostrado con claridad por buenos estudios o guías clínicas.' },
      plausible: { name: 'Plausible', description: 'Tiene sentido y algo de apoyo, pero no está demostrado.' },
      hypothesis: { name: 'Hipótesis', description: 'Una idea no demostrada; algunos estudios apuntan en contra.' },
      'not supported': { name: 'Sin apoyo', description: 'Se ha estudiado y la evidencia no lo respalda.' },
    },
    gradeNotes: {
      onlyWithWarningSigns: 'solo si hay señales de alarma',
      asWarningSign: 'como señal de alarma',
    },
  },
  bodyMap: {
    title: 'Dónde se puede notar',
    front: 'Frente',
    back: 'Espalda',
    patientSide: 'Su lado: {side}',
    hint: 'Toque el lugar donde nota síntomas, o llegue a él con Tab y las flechas y presione Enter.',
    none: 'Con este ajuste no se marca ninguna zona.',
    sidesNote: 'Vista de frente: su lado derecho está a la izquierda del dibujo. Vista de espalda: su lado derecho está a la derecha.',
    regions: {
      suprapubic: 'Justo encima del pubis',
      inguinalGroin: 'Pliegue de la ingle',
      genital: 'Zona genital',
      upperAnteriorThigh: 'Justo debajo de la ingle',
      upperMedialThigh: 'Parte alta de la cara interna del muslo',
      anterolateralThigh: 'Parte delantera y externa del muslo',
      anteriorThigh: 'Parte delantera del muslo',
      anteromedialThigh: 'Parte delantera interna del muslo, sobre la rodilla',
      medialThigh: 'Muslo interno',
      anteriorKnee: 'Parte delantera de la rodilla',
      medialLeg: 'Lado interno de la pierna, hasta el tobillo',
      medialFootArch: 'Borde interno y arco del pie',
      lateralLeg: 'Lado externo de la pierna',
      dorsumFoot: 'Empeine',
      bigToe: 'Dedo gordo del pie',
      lowBack: 'Zona lumbar, junto a la columna',
      upperLateralButtock: 'Parte alta y externa de la nalga',
      buttock: 'Nalga',
      posteriorThigh: 'Parte trasera del muslo',
      posteriorLeg: 'Pantorrilla',
      lateralFootHeel: 'Talón y borde externo del pie',
    },
    regionOnSide: { left: '{region}, lado izquierdo', right: '{region}, lado derecho' },
    nervesTitle: 'Nervios de esta zona',
    nerveWithRoots: '{nerve} ({roots})',
    inView: 'resaltado en la vista 3D',
    relation: {
      marked: '{nerve} ({roots}): este nervio pasa a través del psoas o a su lado, y con este ajuste podría irritarse; es una explicación habitual, no demostrada.',
      possible: '{nerve} ({roots}): este nervio pasa a través del psoas o a su lado, así que un psoas tenso podría irritarlo, pero esto no se ha demostrado.',
      unlikely: '{nerve} ({roots}): no se cree que el psoas presione este nervio; es más probable que haya otras causas.',
      notPlexus: 'Los nervios de esta zona ({roots}) no pasan por el psoas, así que es poco probable que un psoas tenso los presione; es más probable que haya otras causas.',
    },
    clear: 'Borrar la selección',
  },
  safety: {
    title: 'Cuándo buscar ayuda rápido',
    intro: 'El dolor de espalda rara vez es peligroso. Pero algunas señales necesitan ayuda médica rápida.',
    warningSigns: 'Señales de alarma',
    emergencyIntro: 'Vaya ahora a un servicio de urgencias, o llame a una ambulancia, si tiene algo de esto:',
    emergencyAction:
      'Pueden ser señales del síndrome de cola de caballo, cuando los nervios de la base de la columna están bajo presión. Necesita atención en pocas horas. No espere a una cita.',
    urgentIntro: 'Contacte hoy con un médico si su dolor de espalda viene con algo de esto:',
    redFlags: {
      cancer: 'Ha tenido cáncer.',
      weightLoss: 'Ha perdido peso sin proponérselo.',
      trauma: 'Empezó tras una caída o accidente fuerte, o una caída leve si tiene los huesos débiles.',
      feverOrUnwell: 'Tiene fiebre o se siente mal. Puede ser una infección, por ejemplo en el psoas.',
      bladderBowel: 'Tiene problemas nuevos para orinar, defecar o contenerse.',
      saddleNumbness: 'Nota adormecimiento alrededor del ano, los genitales o el interior de los muslos.',
      legWeakness: 'Una pierna está claramente débil, o la debilidad empeora.',
      bloodThinners: 'Toma anticoagulantes y tiene dolor nuevo en la ingle con el muslo débil. Puede ser un sangrado en el músculo.',
      bothLegs: 'Tiene dolor, adormecimiento o debilidad en las dos piernas.',
      sexualDysfunction: 'Nota adormecimiento nuevo en los genitales o problemas nuevos en la vida sexual, como lograr una erección.',
      nightPain: 'El dolor de espalda empeora de noche o no se alivia con el reposo.',
      infectionRisk: 'Tiene las defensas bajas, por ejemplo por medicamentos o una enfermedad, o se inyecta drogas.',
    },
    action: 'Si no puede ver a un médico hoy, acuda a un centro de atención inmediata o a urgencias.',
  },
  differentials: {
    hipJoint: {
      name: 'Desgaste de la cadera (artrosis) o pinzamiento',
      description: 'El desgaste o un pinzamiento dentro de la articulación de la cadera suele causar dolor en la ingle y rigidez, sobre todo al girar la pierna hacia adentro.',
    },
    upperLumbarRoot: {
      name: 'Una raíz nerviosa irritada en la parte alta de la zona lumbar',
      description: 'Un disco o un estrechamiento entre L2 y L4 puede irritar una raíz nerviosa. Entonces se nota dolor o adormecimiento en la parte delantera del muslo.',
    },
    iliopsoasTendon: {
      name: 'Tendón o bursa del flexor de cadera irritados (tendinopatía o bursitis)',
      description: 'El tendón del flexor de cadera, o la pequeña bolsa de líquido que hay debajo, puede doler. El dolor está delante de la cadera y a veces chasquea.',
    },
    sacroiliacJoint: {
      name: 'Dolor de la articulación sacroilíaca',
      description: 'La articulación entre la base de la columna y el hueso de la cadera puede doler en la nalga, y a veces en la ingle o el muslo.',
    },
    groinHernia: {
      name: 'Hernia inguinal o femoral',
      description: 'Un bulto que sale por un punto débil de la pared del abdomen puede causar dolor en la ingle, a menudo peor al toser o levantar peso.',
    },
    kidneyAbdomen: {
      name: 'Causas del riñón y del abdomen',
      description: 'Los cálculos renales, una infección del riñón y algunos problemas del intestino o la pelvis pueden causar dolor en la espalda, el costado o la ingle.',
    },
    aorticAneurysm: {
      name: 'Aneurisma de la aorta abdominal (en personas mayores)',
      description: 'Una arteria principal del abdomen ensanchada puede causar dolor de espalda o de abdomen. Es raro, pero en personas mayores, sobre todo fumadoras, necesita estudios urgentes.',
    },
    meralgiaParesthetica: {
      name: 'Meralgia parestésica',
      description: 'Un nervio de la piel del muslo puede quedar atrapado bajo el ligamento de la ingle. Causa ardor o adormecimiento en la cara delantera y externa del muslo.',
    },
  },
  claims: {
    spineAlignment: {
      text: 'Se suele decir que un psoas tenso tira de la zona lumbar y aumenta su curva; las pruebas a favor son débiles.',
      caveat:
        'Los clínicos lo explican a menudo así. Pero en adultos sanos apenas hay relación entre flexores de cadera tensos y el tamaño de la curva lumbar.',
    },
    jointPressure: {
      text: 'Un psoas tenso puede aumentar la presión en las articulaciones de la columna.',
      caveat: 'Cuando el psoas trabaja, sobre todo aprieta las vértebras entre sí. No se sabe si eso causa su dolor.',
    },
    nerveCompression: {
      text: 'Se suele decir que un psoas tenso irrita los nervios que lo atraviesan; las pruebas a favor son débiles.',
      caveat:
        'Los nervios pasan a través y al lado del psoas. Pero nadie ha demostrado que un músculo solo tenso los dañe. Un sangrado o una infección en el músculo sí puede apretar un nervio, y eso requiere atención urgente. No se cree que el psoas atrape el nervio cutáneo femoral lateral ni el tronco lumbosacro.',
    },
    sciaticaLikePain: {
      text: 'Un problema del psoas puede causar un dolor parecido a la ciática.',
      caveat:
        'El dolor puede extenderse a la nalga o al muslo. La ciática verdadera viene de raíces nerviosas irritadas en la parte baja de la columna, a menudo por un disco, no del psoas.',
    },
    causeSitting: {
      text: 'Se suele decir que estar sentado mucho tiempo tensa el psoas; las pruebas a favor son débiles.',
      caveat: 'Sentarse dobla la cadera. No se ha demostrado que acorte el psoas lo bastante para causar dolor de espalda.',
    },
    causeLifting: {
      text: 'Levantar peso con la espalda curvada puede forzar el psoas.',
      caveat: 'Levantar con la espalda curvada sube mucho la presión del disco. Es una sobrecarga de espalda en general, no del psoas.',
    },
    causeOveruse: {
      text: 'Correr o saltar mucho puede sobrecargar el psoas.',
      caveat: 'El exceso puede irritar el tendón del flexor de cadera. Suele notarse delante de la cadera o en la ingle.',
    },
    causeInjury: {
      text: 'Una lesión puede dañar el psoas.',
      caveat: 'Los desgarros, sangrados e infecciones de este músculo ocurren, pero son poco frecuentes.',
    },
    causePosture: {
      text: 'Se suele decir que la mala postura causa problemas del psoas; las pruebas a favor son débiles.',
      caveat: 'Una pelvis algo inclinada hacia adelante es normal en la mayoría de las personas sin dolor.',
    },
    causeActivityIncrease: {
      text: 'Un aumento brusco de actividad puede forzar el psoas.',
      caveat: 'Subir la carga de golpe hace más probable la irritación de músculos y tendones en general.',
    },
    causeAge: {
      text: 'Con la edad, los problemas del psoas pueden ser más probables.',
      caveat: 'Los discos y los músculos cambian con la edad. La edad sola no significa que tenga un problema del psoas.',
    },
    signPainSittingLying: {
      text: 'Un dolor lumbar que empeora sentado o acostado puede ser una señal.',
      caveat: 'Es frecuente en muchos problemas de espalda. No señala al psoas en particular.',
    },
    signHipGroinPain: {
      text: 'El dolor en la cadera o la ingle puede ser una señal.',
      caveat: 'Un problema de la articulación de la cadera o una hernia pueden sentirse igual. Hace falta una exploración.',
    },
    signMorningStiffness: {
      text: 'La rigidez por la mañana o después de estar sentado puede ser una señal.',
      caveat:
        'Es frecuente. Si es joven y la rigidez dura más de 30 a 60 minutos, pida que descarten un dolor de espalda inflamatorio.',
    },
    signHardToStraighten: {
      text: 'Que cueste enderezarse puede ser una señal.',
      caveat: 'Es frecuente tras cualquier sobrecarga de espalda.',
    },
    signLegWeakness: {
      text: 'La debilidad en una pierna es una señal de alarma.',
      caveat: 'Una debilidad real puede indicar que un nervio está afectado. Hágase revisar pronto.',
    },
    signKneeRaise: {
      text: 'Que cueste levantar la rodilla puede ser una señal.',
      caveat: 'La debilidad al levantar la cadera puede venir del músculo, de las raíces L2–L3 o del nervio femoral.',
    },
    diagnosisThomasTest: {
      text: 'La prueba de Thomas puede mostrar flexores de cadera acortados.',
      caveat:
        'Si el muslo que cuelga queda por encima de la camilla, los flexores de cadera pueden estar cortos. Eso no prueba que causen el dolor.',
    },
    diagnosisTriggerPoints: {
      text: 'Se suele decir que presionar el psoas permite encontrar puntos gatillo; las pruebas a favor son débiles.',
      caveat: 'El psoas está en lo profundo del abdomen. Buscar puntos dolorosos en él presionando no es fiable.',
    },
    diagnosisPosture: {
      text: 'Se suele decir que observar la postura muestra si el psoas está tenso; las pruebas a favor son débiles.',
      caveat:
        'La forma de la pelvis varía hasta unos 20 grados entre personas. Por eso juzgar su inclinación a simple vista puede engañar.',
    },
    diagnosisImaging: {
      text: 'Cuando hay señales de alarma, una resonancia o una radiografía puede ayudar a descartar otras causas.',
      caveat:
        'Sin señales de alarma, las guías desaconsejan pruebas de imagen rutinarias para el dolor lumbar. Con señales de alarma, ayudan a descartar otras causas. No pueden mostrar la tensión. La densidad ósea se mide con una densitometría (DXA).',
    },
    treatmentExercise: {
      text: 'Los ejercicios de estiramiento y fortalecimiento pueden ayudar.',
      caveat: 'El ejercicio ayuda a muchas personas con dolor de espalda. No se ha demostrado que estirar los flexores de cadera cambie la inclinación de la pelvis.',
    },
    treatmentPhysicalTherapy: {
      text: 'La fisioterapia ayuda.',
      caveat: 'El tratamiento basado en ejercicio es una primera opción para el dolor lumbar de larga duración.',
    },
    treatmentTriggerPointInjections: {
      text: 'Algunas personas dicen que las inyecciones en puntos gatillo relajan el músculo tenso; los estudios no lo respaldan.',
      caveat: 'No hay pruebas claras de que estas inyecciones ayuden en el dolor lumbar.',
    },
    treatmentNeuromodulation: {
      text: 'Un estimulador nervioso implantado puede ayudar en el dolor de espalda de larga duración.',
      caveat:
        'Es para algunas personas con dolor de espalda crónico. Actúa sobre los nervios de un pequeño músculo de la espalda, no sobre el psoas. En su ensayo principal frente a un dispositivo simulado no alcanzó su objetivo principal.',
    },
    treatmentRadiofrequency: {
      text: 'La radiofrecuencia puede aliviar el dolor de espalda.',
      caveat: 'Trata pequeños nervios de las articulaciones facetarias, no el psoas. Grandes ensayos hallaron poco beneficio añadido.',
    },
    treatmentNerveBlocks: {
      text: 'Los bloqueos nerviosos pueden aliviar el dolor.',
      caveat: 'Se usan para encontrar o calmar por poco tiempo una fuente de dolor. El alivio suele pasar.',
    },
    preventionPosture: {
      text: 'Se suele decir que una buena postura previene los problemas del psoas; las pruebas a favor son débiles.',
      caveat: 'Ninguna postura única y correcta previene el dolor de espalda. Cambiar de posición a menudo es mejor consejo.',
    },
    preventionHourlyBreaks: {
      text: 'Levantarse y estirarse cada hora puede ayudar a prevenir problemas.',
      caveat: 'No hace daño y puede sentar bien. No se ha demostrado que prevenga problemas del psoas.',
    },
    preventionHipFlexorStretch: {
      text: 'Estirar los flexores de cadera puede ayudar a prevenir la tensión.',
      caveat: 'Puede ayudar a que la cadera se estire más. No se ha demostrado que prevenga el dolor de espalda.',
    },
    preventionWarmUp: {
      text: 'Calentar puede ayudar a prevenir lesiones.',
      caveat: 'Es sensato antes del deporte. La evidencia de que prevenga el dolor de espalda es débil.',
    },
  },
  basis: {
    clinicalConsensus: 'consenso clínico',
    caseReports: 'casos publicados',
    sportsMedicineConsensus: 'consenso de medicina deportiva',
    generalKnowledge: 'conocimiento médico general',
    clinicalExperience: 'experiencia clínica',
    redFlagGuidance: 'guías de señales de alarma',
    anatomyTexts: 'libros de anatomía',
    myofascialLiterature: 'literatura miofascial general',
    exerciseTrials: 'ensayos de ejercicio',
    clinicalGuidelines: 'guías clínicas',
  },
  chapters: {
    anatomy: {
      title: 'Conozca el psoas',
      paragraphs: [
        'El psoas es un músculo largo y profundo. Tiene uno a cada lado de la columna. Nace en los lados de las vértebras lumbares y de los discos entre ellas.',
        'Baja hacia adelante por encima del borde de la pelvis. Allí se une al ilíaco, un músculo en forma de abanico dentro del hueso de la cadera. Juntos se fijan en un pequeño saliente cerca de la parte alta del fémur.',
        'Cuando estos músculos trabajan, acercan el muslo al abdomen. Así levanta la rodilla para subir un escalón.',
      ],
    },
    spine: {
      title: 'Lo que se dice que la tensión hace en la columna',
      paragraphs: [
        'Muchos clínicos explican el dolor de espalda así. Un psoas tenso es más corto de lo normal. De pie, tira de la parte alta de la pelvis hacia adelante y hacia abajo.',
        'La pelvis se inclina y la zona lumbar se curva más. El modelo lo muestra. Es una explicación que los clínicos usan a menudo, no un mecanismo demostrado. En adultos sanos, los estudios hallan poca relación entre flexores de cadera tensos y una curva mayor.',
        'Cuando el psoas trabaja con fuerza, aprieta las vértebras y los discos entre sí. Los valores muestran cómo podría cambiar la presión del disco. Son valores de ejemplo de una persona, no los suyos.',
      ],
    },
    nerves: {
      title: 'Nervios cerca del psoas',
      paragraphs: [
        'Varios nervios salen de la columna lumbar y pasan a través o al lado del psoas. Llevan la sensibilidad de la ingle, el muslo y la pierna. Algunos también mueven los músculos del muslo.',
        'Algunos clínicos creen que un psoas tenso podría irritar estos nervios. Entonces podría notar adormecimiento u hormigueo en las zonas del mapa del cuerpo. Los nervios podrían irritarse, pero no está demostrado.',
        'Dos nervios quedan sin marcar a propósito. No se cree que el psoas atrape el nervio cutáneo femoral lateral ni el tronco lumbosacro. Los problemas de estos dos suelen empezar en otro sitio: bajo una banda de tejido en la ingle, o en un disco o una raíz nerviosa de la columna.',
        'En raras ocasiones, un sangrado o una infección dentro del músculo puede apretar un nervio. Eso requiere atención urgente.',
      ],
    },
    causes: {
      title: 'Qué puede causar problemas del psoas',
      paragraphs: [
        'A menudo se culpa a las muchas horas sentado. Sentarse dobla la cadera, así que el psoas queda corto y sin tensión, como muestra el modelo. Pero ningún estudio ha demostrado que esto lo acorte lo bastante para causar dolor de espalda.',
        'Otras causas que se citan son levantar peso con la espalda curvada, correr o saltar mucho y hacer de golpe mucho más de lo habitual. Todo esto puede forzar músculos y tendones en general. Una lesión real, un sangrado o una infección del músculo pueden ocurrir, pero son raros.',
        'También se culpa a la postura y a la edad. Sin embargo, una pelvis algo inclinada hacia adelante es normal en la mayoría. La edad cambia el cuerpo, pero no significa que tenga un problema del psoas.',
      ],
    },
    signs: {
      title: 'Señales que se notan',
      paragraphs: [
        'Algunas señales se relacionan a menudo con el psoas. El dolor lumbar puede empeorar sentado o acostado. Algunas personas sienten dolor en la cadera o la ingle. Otras notan rigidez por la mañana o les cuesta ponerse derechas.',
        'A algunas personas les cuesta levantar la rodilla. Todo esto es frecuente en muchos problemas de espalda. Nada de ello prueba que la causa sea el psoas.',
        'Una debilidad real de la pierna es distinta. Puede indicar que un nervio está afectado, así que hágase revisar pronto. La lista de abajo muestra las señales que requieren atención urgente.',
      ],
    },
    otherCauses: {
      title: 'Qué más puede causar estos síntomas',
      paragraphs: [
        'El dolor en la ingle, la cadera o el muslo tiene muchas causas. El psoas es solo una de ellas, y no es frecuente. Un médico pensará primero en las demás.',
        'Muchas se encuentran con una exploración o una prueba sencilla. Algunas necesitan atención rápida. Cuéntele a su médico si tiene fiebre, pérdida de peso o dolor en el abdomen o el costado.',
        'La lista de abajo nombra las causas en las que pensará un médico. Cada una muestra qué tan seguros estamos y de dónde viene.',
      ],
    },
    examination: {
      title: 'Cómo se explora',
      paragraphs: [
        'Una prueba habitual es la prueba de Thomas. Se acuesta boca arriba al borde de una camilla. Abraza una rodilla contra el pecho y deja colgar la otra pierna.',
        'Si el muslo que cuelga queda por encima de la camilla, los flexores de cadera pueden estar cortos. El modelo lo muestra en la pierna derecha. Pero un músculo corto no prueba que cause su dolor.',
        'La prueba mira más que el psoas. Si la rodilla no se dobla para que la pierna cuelgue, el músculo delantero del muslo (recto femoral) puede estar corto. Si el muslo se va hacia afuera, un músculo de la parte externa de la cadera (el tensor de la fascia lata) puede estar tenso. La zona lumbar debe quedar plana sobre la camilla, o el resultado puede engañar. La regla de que el muslo debe colgar por debajo de la camilla viene de estudios con deportistas, así que puede no valer para todos.',
        'Presionar hondo en el abdomen para buscar puntos dolorosos en el psoas no es fiable. Juzgar la postura a simple vista también puede engañar, porque la forma de la pelvis varía. Las pruebas de imagen solo ayudan si hay señales de alarma, y no pueden mostrar la tensión.',
      ],
    },
    treatment: {
      title: 'Tratamiento y prevención',
      paragraphs: [
        'El ejercicio ayuda a muchas personas con dolor de espalda. Un fisioterapeuta puede guiarle. Para el dolor lumbar de larga duración, el tratamiento basado en ejercicio es una primera opción. Para cuidarse, cambie de posición a menudo y haga pausas cortas cuando esté sentado. Caliente antes del deporte y aumente la actividad poco a poco.',
        'El modelo muestra un estiramiento del flexor de cadera. Apoye una rodilla en el suelo y lleve el peso suavemente hacia adelante. El estiramiento se nota delante de la cadera de la pierna de atrás. Puede ayudar a estirar la cadera, pero no se ha demostrado que prevenga el dolor de espalda.',
        'Para estirar con seguridad, ponga un cojín o una toalla doblada bajo la rodilla. Meta la cola hacia abajo, de modo que la zona lumbar se aplane un poco. Luego lleve el peso despacio hacia adelante hasta notar un tirón suave delante de la cadera. Manténgalo unos 30 segundos y repita dos o tres veces. Pare si duele, o si el muslo hormiguea o se adormece. Estirar funciona mejor junto con ejercicios de fuerza, por ejemplo de los glúteos y del abdomen.',
        'Algunas clínicas ofrecen inyecciones, bloqueos nerviosos, tratamiento de nervios con calor o un estimulador implantado. La mayoría actúa sobre otros nervios o articulaciones, no sobre el psoas. Las inyecciones en puntos gatillo no tienen pruebas claras de beneficio.',
      ],
    },
  },
}
