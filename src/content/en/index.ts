/** English text (source language). */
import type { Catalog } from '../types.ts'
import { describeMessages } from './describe.ts'

const femurText = 'The long thigh bone; the psoas and iliacus attach to a small bump near its top.'
const psoasText =
  'A long muscle that runs from the sides of the lower-back bones to the top of the thigh bone and lifts the thigh.'
const iliacusText = 'A fan-shaped muscle lining the inside of the hip bone that joins the psoas to lift the thigh.'
const discText = 'A soft cushion between two back bones that lets them bend and takes up load.'

const nerveText = {
  iliohypogastric:
    'Brings feeling from the skin above the pubic bone and the upper outer buttock, and works the lower belly muscles.',
  ilioinguinal: 'Brings feeling from the groin and the top of the inner thigh, and works the lower belly muscles.',
  genitofemoral: 'Lies on the front of the psoas and brings feeling from the genitals and a small patch below the groin.',
  lateralFemoralCutaneous: 'Brings feeling from the front and outer side of the thigh; it works no muscles.',
  femoral:
    'Carries feeling from the front of the thigh and the inner leg, and powers the muscles that straighten the knee.',
  obturator: 'Brings feeling from a small patch of the inner thigh and works the muscles that pull the legs together.',
  lumbosacralTrunk: 'A thick band from the L4 and L5 roots that helps form the sciatic nerve for the lower leg and foot.',
}

export const en: Catalog = {
  describe: describeMessages,
  meta: { locale: 'en', languageName: 'English', reviewed: true },
  structures: {
    vertebraL1: { name: 'L1 vertebra', description: 'The top bone of the lower back, where the highest part of the psoas begins.' },
    vertebraL2: { name: 'L2 vertebra', description: 'The second lower-back bone; psoas fibres start on its side and on the bony wing beside it.' },
    vertebraL3: { name: 'L3 vertebra', description: 'The middle bone of the lower back, at about the level of the belly button.' },
    vertebraL4: { name: 'L4 vertebra', description: 'The fourth lower-back bone, at about the level of the top of the hip bones.' },
    vertebraL5: { name: 'L5 vertebra', description: 'The lowest lower-back bone; it sits on the sacrum and carries much of the body’s weight.' },
    discL1L2: { name: 'Disc between L1 and L2', description: discText },
    discL2L3: { name: 'Disc between L2 and L3', description: discText },
    discL3L4: { name: 'Disc between L3 and L4', description: discText },
    discL4L5: { name: 'Disc between L4 and L5', description: 'One of the most loaded discs; the model shows its pressure as example values.' },
    discL5S1: { name: 'Disc between L5 and the sacrum', description: 'The lowest disc, at the sharp bend where the spine meets the pelvis.' },
    sacrum: { name: 'Sacrum', description: 'The triangle-shaped bone at the base of the spine that links the two hip bones.' },
    pelvis: { name: 'Pelvis (hip bones)', description: 'The ring of bone that carries the spine; how it tips changes the curve of the lower back.' },
    femurLeft: { name: 'Thigh bone (left)', description: femurText },
    femurRight: { name: 'Thigh bone (right)', description: femurText },
    psoasMajorLeft: { name: 'Psoas major (left)', description: psoasText },
    psoasMajorRight: { name: 'Psoas major (right)', description: psoasText },
    iliacusLeft: { name: 'Iliacus (left)', description: iliacusText },
    iliacusRight: { name: 'Iliacus (right)', description: iliacusText },
    iliohypogastricLeft: { name: 'Iliohypogastric nerve (left)', description: nerveText.iliohypogastric },
    iliohypogastricRight: { name: 'Iliohypogastric nerve (right)', description: nerveText.iliohypogastric },
    ilioinguinalLeft: { name: 'Ilioinguinal nerve (left)', description: nerveText.ilioinguinal },
    ilioinguinalRight: { name: 'Ilioinguinal nerve (right)', description: nerveText.ilioinguinal },
    genitofemoralLeft: { name: 'Genitofemoral nerve (left)', description: nerveText.genitofemoral },
    genitofemoralRight: { name: 'Genitofemoral nerve (right)', description: nerveText.genitofemoral },
    lateralFemoralCutaneousLeft: { name: 'Lateral femoral cutaneous nerve (left)', description: nerveText.lateralFemoralCutaneous },
    lateralFemoralCutaneousRight: { name: 'Lateral femoral cutaneous nerve (right)', description: nerveText.lateralFemoralCutaneous },
    femoralLeft: { name: 'Femoral nerve (left)', description: nerveText.femoral },
    femoralRight: { name: 'Femoral nerve (right)', description: nerveText.femoral },
    obturatorLeft: { name: 'Obturator nerve (left)', description: nerveText.obturator },
    obturatorRight: { name: 'Obturator nerve (right)', description: nerveText.obturator },
    lumbosacralTrunkLeft: { name: 'Lumbosacral trunk (left)', description: nerveText.lumbosacralTrunk },
    lumbosacralTrunkRight: { name: 'Lumbosacral trunk (right)', description: nerveText.lumbosacralTrunk },
  },
  nerves: {
    iliohypogastric: { name: 'Iliohypogastric nerve', roots: 'T12–L1' },
    ilioinguinal: { name: 'Ilioinguinal nerve', roots: 'L1' },
    genitofemoral: { name: 'Genitofemoral nerve', roots: 'L1–L2' },
    lateralFemoralCutaneous: { name: 'Lateral femoral cutaneous nerve', roots: 'L2–L3' },
    femoral: { name: 'Femoral nerve', roots: 'L2–L4' },
    obturator: { name: 'Obturator nerve', roots: 'L2–L4' },
    lumbosacralTrunk: { name: 'Lumbosacral trunk', roots: 'L4–L5' },
  },
  ui: {
    title: 'The psoas and your lower back',
    summary: 'A 3D teaching model of the lower spine, the psoas muscles and the nerves near them.',
    viewLabel: '3D view of the lower back, pelvis, psoas muscles and nerves',
    compareViewLabel: '3D view for comparison',
    viewerRole: '3D viewer',
    disclaimer: 'This explains; it does not diagnose. Ask a doctor or physiotherapist about your own symptoms.',
    selected: 'Selected',
    evidenceSummary: 'How sure are we? ({count} statements with their evidence)',
    loading: 'Loading the 3D model… (we cannot tell how long it will take)',
    loadingProgress: 'Loading the 3D model… {percent}%',
    errors: {
      modelLoad: 'Sorry, the 3D model could not be shown.',
      timeout: 'The 3D model is taking too long to load. Your connection may be slow.',
      noWebgl: 'This browser or device cannot show the 3D model.',
      contextLost: 'The 3D view stopped for a moment and is starting again.',
      contextLostGone: 'The 3D view stopped and did not start again by itself.',
      render: 'Sorry, something went wrong with this explainer.',
      textOnlyHint: 'You can still read every chapter as text below.',
      textOnlyHintMinimal: 'The controls below still work and describe each change in words.',
      retry: 'Try again',
      detail: 'Technical details',
    },
    controls: {
      tightness: 'Psoas tightness',
      tightnessValue: '{stop} ({percent}%)',
      stops: { relaxed: 'Relaxed', mild: 'Mild', tight: 'Tight', severe: 'Severe' },
      side: 'Tight side',
      sides: { left: 'Left', right: 'Right', both: 'Both' },
      posture: 'Position',
      postures: {
        standing: { name: 'Standing', explanation: 'Upright and relaxed, with the hips straight.' },
        sitting: { name: 'Sitting', explanation: 'Sitting upright without a backrest; the psoas is slack.' },
        supine: { name: 'Lying on your back', explanation: 'Lying flat with straight legs.' },
        risingFromChair: { name: 'Rising from a chair', explanation: 'The moment you leave the seat, leaning forward.' },
        thomasTest: {
          name: 'Thomas test',
          explanation: 'Lying at the end of a table, one knee hugged, the other leg hanging down.',
        },
        hipFlexorStretch: {
          name: 'Hip-flexor stretch',
          explanation: 'Kneeling on one knee; the back leg is the side being stretched.',
        },
      },
      layers: 'Show',
      layerNames: {
        bones: 'Bones',
        discs: 'Discs',
        muscles: 'Muscles',
        nerves: 'Nerves',
        forces: 'Forces',
        labels: 'Labels',
        outline: 'Body outline',
      },
      camera: 'View',
      cameras: { front: 'Front', side: 'Side', back: 'Back', oblique: 'Angled', top: 'Top' },
      tour: {
        label: 'Guided tour',
        play: 'Play tour',
        pause: 'Pause',
        next: 'Next',
        previous: 'Previous',
        progress: 'Chapter {current} of {total}',
        close: 'Close tour',
      },
      reset: 'Reset',
      undo: 'Undo',
      redo: 'Redo',
      compare: 'Compare with relaxed',
      compareNormal: 'Relaxed',
      compareCurrent: 'Now',
      fullScreen: 'Full screen',
      exitFullScreen: 'Exit full screen',
      focus: 'Highlight',
      focusNone: 'Nothing highlighted',
    },
    readout: {
      title: 'Numbers',
      lordosis: 'Lower-back curve',
      anteriorTiltChange: 'Forward pelvic tilt change',
      discL4L5: 'L4–L5 disc pressure',
      normal: 'normal',
      degrees: '{value}°',
      megapascals: '{value} MPa',
      teachingModel: 'Teaching model',
      exampleValues: 'Starting value: an example measured in one person (Wilke 1999).',
      teachingEstimate: 'Raised value: a teaching estimate of what the muscle’s pull might add, not a measurement.',
      thomasThigh: 'Hanging thigh above level',
      thomasThighNote: 'Above 0° the test counts as positive (short hip flexors). That line comes from studies of athletes.',
    },
    annotations: {
      title: 'Notes',
      item: '{structure}: {text}',
      remove: 'Remove',
      removeLabel: 'Remove the note “{text}”',
      newLabel: 'Add a note to {structure}',
      add: 'Add note',
      full: 'This view already has {max} notes, the most it can hold. Remove one to add this note.',
      tooLong: 'A note can have at most {max} characters; this one has {count}. Shorten it to add it.',
    },
    leftOut: {
      title: 'Not everything in this link could be shown',
      pins: 'Notes left out, because a view holds at most {max}: {count}',
      cut: 'Notes shortened to {max} characters: {count}',
      other: 'Other values in the link that could not be used: {count}',
      dismiss: 'Close this message',
    },
    share: {
      button: 'Copy a link to this view',
      copied: 'Link copied.',
      failed: 'Copy the link below to share this view.',
      linkLabel: 'Link to this view',
      includeNotes: 'Include my notes',
      includeNotesWarning: 'Anyone with the link can read the notes.',
      qrLabel: 'QR code of the link to this view',
      qrHint: 'Scan it with a phone camera to open this view.',
    },
    snapshot: {
      button: 'Save a picture',
      saving: 'Making the picture…',
      saved: 'Picture saved, with a description and your notes under it.',
      failed: 'A picture cannot be made: the 3D view is not shown.',
      fileName: 'psoas-explainer',
    },
    handout: {
      button: 'Print a handout',
      preparing: 'Preparing the handout…',
      printed: 'The handout was sent to the print dialog.',
      failed: 'The handout could not be prepared.',
      title: 'Your psoas and lower back',
      date: 'Printed on {date}',
      compareCaption: 'Left: {left}. Right: {right}.',
      noPicture: 'No picture: the 3D view was not shown.',
      stateTitle: 'What the view showed',
      chaptersTitle: 'More about this',
      referencesTitle: 'References',
      linkTitle: 'See this view again',
      linkHint: 'Scan the code with a phone camera or type the link into a browser.',
    },
    nerveList: {
      title: 'Nerves that could be irritated',
      none: 'At this setting the model marks no nerve.',
    },
    teachingModelLabel:
      'Teaching model: it pictures a common way clinicians explain the problem. It is a drawing of an idea, not a tested simulation.',
    commonExplanationLabel: 'A common explanation clinicians use, not a proven mechanism.',
    illustrationLabel: 'Illustration only.',
    notSupportedNerveCaveat: 'The psoas is not thought to pinch these nerves, so the model leaves them alone.',
    nerveMayBeIrritated: '{nerve} · roots {roots}: could be irritated here. This is unproven.',
  },
  evidence: {
    grade: 'Evidence',
    caveat: 'Keep in mind',
    references: 'Sources',
    grades: {
      established: { name: 'Established', description: 'Clearly shown by good studies or standard guidelines.' },
      plausible: { name: 'Plausible', description: 'Makes sense and has some support, but is not proven.' },
      hypothesis: { name: 'Hypothesis', description: 'An idea that has not been shown; some studies point against it.' },
      'not supported': { name: 'Not supported', description: 'It has been studied, and the evidence does not back it.' },
    },
    gradeNotes: {
      onlyWithWarningSigns: 'only when there are warning signs',
      asWarningSign: 'as a warning sign',
    },
  },
  bodyMap: {
    title: 'Where it may be felt',
    front: 'Front',
    back: 'Back',
    patientSide: 'Your side: {side}',
    hint: 'Tap the place where you feel symptoms, or reach it with Tab and the arrow keys and press Enter.',
    none: 'No area is highlighted at this setting.',
    sidesNote: 'Front view: your right side is on the left of the picture. Back view: your right side is on the right.',
    regions: {
      suprapubic: 'Just above the pubic bone',
      inguinalGroin: 'Groin crease',
      genital: 'Genital area',
      upperAnteriorThigh: 'Just below the groin',
      upperMedialThigh: 'Top of the inner thigh',
      anterolateralThigh: 'Front and outer thigh',
      anteriorThigh: 'Front of the thigh',
      anteromedialThigh: 'Inner front of the thigh, above the knee',
      medialThigh: 'Inner thigh',
      anteriorKnee: 'Front of the knee',
      medialLeg: 'Inner lower leg, down to the ankle',
      medialFootArch: 'Inner edge and arch of the foot',
      lateralLeg: 'Outer lower leg',
      dorsumFoot: 'Top of the foot',
      bigToe: 'Big toe',
      lowBack: 'Lower back, beside the spine',
      upperLateralButtock: 'Upper outer buttock',
      buttock: 'Buttock',
      posteriorThigh: 'Back of the thigh',
      posteriorLeg: 'Calf',
      lateralFootHeel: 'Heel and outer edge of the foot',
    },
    regionOnSide: { left: '{region}, left side', right: '{region}, right side' },
    nervesTitle: 'Nerves to this area',
    nerveWithRoots: '{nerve} ({roots})',
    inView: 'highlighted in the 3D view',
    relation: {
      marked: '{nerve} ({roots}): this nerve runs through or beside the psoas, and at this setting it could be irritated; that is a common explanation, not a proven one.',
      possible: '{nerve} ({roots}): this nerve runs through or beside the psoas, so a tight psoas could irritate it, but this has not been shown.',
      unlikely: '{nerve} ({roots}): the psoas is not thought to press on this nerve; other causes are more likely.',
      notPlexus: 'The nerves of this area ({roots}) do not run through the psoas, so a tight psoas is unlikely to press on them; other causes are more likely.',
    },
    clear: 'Clear the choice',
  },
  safety: {
    title: 'When to get help quickly',
    intro: 'Back pain is rarely dangerous. But some signs need medical help quickly.',
    warningSigns: 'Warning signs',
    emergencyIntro: 'Go to an emergency department now, or call an ambulance, if you have any of these:',
    emergencyAction:
      'These can be signs of cauda equina syndrome, when the nerves at the base of the spine are under pressure. It needs care within hours. Do not wait for an appointment.',
    urgentIntro: 'Contact a doctor today if your back pain comes with any of these:',
    redFlags: {
      cancer: 'You have had cancer.',
      weightLoss: 'You are losing weight without trying.',
      trauma: 'It started after a bad fall or accident, or a small fall if you have weak bones.',
      feverOrUnwell: 'You have a fever or feel unwell. This can mean an infection, for example in the psoas.',
      bladderBowel: 'You have new trouble passing or holding urine or stool.',
      saddleNumbness: 'You feel numb around your bottom, genitals or inner thighs.',
      legWeakness: 'A leg is clearly weak, or the weakness is getting worse.',
      bloodThinners: 'You take blood thinners and get new groin pain with a weak thigh. This can mean bleeding in the muscle.',
      bothLegs: 'You have pain, numbness or weakness in both legs.',
      sexualDysfunction: 'You have new numbness of the genitals or new trouble with sex, such as getting an erection.',
      nightPain: 'Your back pain is worse at night or does not ease when you rest.',
      infectionRisk: 'Your immune system is weak, for example from medicines or an illness, or you inject drugs.',
    },
    action: 'If you cannot reach a doctor today, go to an urgent care centre or an emergency department.',
  },
  differentials: {
    hipJoint: {
      name: 'Hip joint wear (osteoarthritis) or impingement',
      description: 'Wear or a pinch inside the hip joint often causes groin pain and stiffness, mostly when you turn the leg in.',
    },
    upperLumbarRoot: {
      name: 'An irritated nerve root high in the lower back',
      description: 'A disc or a narrowing at L2 to L4 can irritate a nerve root. Pain or numbness is then felt in the front of the thigh.',
    },
    iliopsoasTendon: {
      name: 'A sore hip-flexor tendon or bursa (tendinopathy or bursitis)',
      description: 'The tendon of the hip flexor, or the small fluid sac under it, can get sore. The pain sits at the front of the hip and may click.',
    },
    sacroiliacJoint: {
      name: 'Sacroiliac joint pain',
      description: 'The joint between the base of the spine and the hip bone can hurt in the buttock, and sometimes in the groin or thigh.',
    },
    groinHernia: {
      name: 'Inguinal or femoral hernia',
      description: 'A bulge through a weak spot in the belly wall can cause groin pain, often worse when you cough or lift.',
    },
    kidneyAbdomen: {
      name: 'Kidney and belly causes',
      description: 'Kidney stones, a kidney infection and some bowel or pelvic problems can cause pain in the back, the side or the groin.',
    },
    aorticAneurysm: {
      name: 'Abdominal aortic aneurysm (in older adults)',
      description: 'A widened main artery in the belly can cause back or belly pain. It is rare, but in older people, mostly smokers, it needs urgent checks.',
    },
    meralgiaParesthetica: {
      name: 'Meralgia paresthetica',
      description: 'A skin nerve of the thigh can be pinched under the groin ligament. This causes burning or numbness on the front and outer thigh.',
    },
  },
  claims: {
    spineAlignment: {
      text: 'It is often said that a tight psoas pulls the lower back into a deeper curve; the evidence for this is weak.',
      caveat:
        'Clinicians often explain it this way. But in healthy adults, tight hip flexors and the size of the low-back curve show little link.',
    },
    jointPressure: {
      text: 'A tight psoas may add pressure on the joints of the spine.',
      caveat: 'When the psoas works, it mostly squeezes the back bones together. Whether that causes your pain is not known.',
    },
    nerveCompression: {
      text: 'It is often said that a tight psoas irritates the nerves that run through it; the evidence for this is weak.',
      caveat:
        'Nerves do run through and beside the psoas. But no one has shown that a merely tight muscle harms them. Bleeding or infection in the muscle can squeeze a nerve, and that needs urgent care. The lateral femoral cutaneous nerve and the lumbosacral trunk are not thought to be pinched by the psoas at all.',
    },
    sciaticaLikePain: {
      text: 'Psoas trouble can cause pain that feels like sciatica.',
      caveat:
        'Pain may spread to the buttock or thigh. True sciatica comes from irritated nerve roots low in the spine, often from a disc, not from the psoas.',
    },
    causeSitting: {
      text: 'It is often said that sitting for a long time makes the psoas tight; the evidence for this is weak.',
      caveat: 'Sitting bends the hip. It has not been shown to shorten the psoas enough to cause back pain.',
    },
    causeLifting: {
      text: 'Lifting with a rounded back can strain the psoas.',
      caveat: 'Lifting with a rounded back raises disc pressure a lot. That is back strain in general, not a psoas problem.',
    },
    causeOveruse: {
      text: 'A lot of running or jumping can overwork the psoas.',
      caveat: 'Overuse can irritate the hip-flexor tendon. This is usually felt at the front of the hip or in the groin.',
    },
    causeInjury: {
      text: 'An injury can harm the psoas.',
      caveat: 'Strains, bleeding and infection of this muscle do happen, but they are uncommon.',
    },
    causePosture: {
      text: 'It is often said that poor posture causes psoas problems; the evidence for this is weak.',
      caveat: 'A pelvis that tips forward a little is normal in most people without pain.',
    },
    causeActivityIncrease: {
      text: 'A sudden jump in activity can strain the psoas.',
      caveat: 'Raising your load quickly makes muscle and tendon irritation more likely in general.',
    },
    causeAge: {
      text: 'Getting older can make psoas problems more likely.',
      caveat: 'Discs and muscles change with age. Age alone does not mean you have a psoas problem.',
    },
    signPainSittingLying: {
      text: 'Low back pain that is worse when sitting or lying down can be a sign.',
      caveat: 'This is common in many back problems. It does not point to the psoas in particular.',
    },
    signHipGroinPain: {
      text: 'Pain in the hip or groin can be a sign.',
      caveat: 'Hip joint problems or a hernia can feel the same. A clinician needs to examine you.',
    },
    signMorningStiffness: {
      text: 'Stiffness in the morning or after sitting can be a sign.',
      caveat:
        'This is common. If you are young and the stiffness lasts more than 30 to 60 minutes, ask to be checked for inflammatory back pain.',
    },
    signHardToStraighten: {
      text: 'Trouble standing up straight can be a sign.',
      caveat: 'This is common after any back strain.',
    },
    signLegWeakness: {
      text: 'Weakness in a leg is a warning sign.',
      caveat: 'Real weakness can mean a nerve is involved. Get checked soon.',
    },
    signKneeRaise: {
      text: 'Trouble lifting the knee high can be a sign.',
      caveat: 'A weak hip lift can come from the muscle, from the L2–L3 nerve roots or from the femoral nerve.',
    },
    diagnosisThomasTest: {
      text: 'The Thomas test can show short hip flexors.',
      caveat:
        'If the hanging thigh stays above the table, the hip flexors may be short. That does not prove they cause the pain.',
    },
    diagnosisTriggerPoints: {
      text: 'It is often said that pressing on the psoas finds trigger points in it; the evidence for this is weak.',
      caveat: 'The psoas lies deep in the belly. Finding tender spots in it by pressing is not reliable.',
    },
    diagnosisPosture: {
      text: 'It is often said that looking at your posture shows a tight psoas; the evidence for this is weak.',
      caveat:
        'The shape of the pelvis differs by up to about 20 degrees between people. So judging its tilt by eye can mislead.',
    },
    diagnosisImaging: {
      text: 'When there are warning signs, an MRI or X-ray can help rule out other causes.',
      caveat:
        'Without warning signs, guidelines advise against routine scans for low back pain. With warning signs, scans help rule out other causes. Scans cannot show tightness. Bone strength is measured with a DXA scan.',
    },
    treatmentExercise: {
      text: 'Stretching and strengthening exercises can help.',
      caveat: 'Exercise helps many people with back pain. Stretching the hip flexors has not been shown to change pelvic tilt.',
    },
    treatmentPhysicalTherapy: {
      text: 'Physical therapy helps.',
      caveat: 'Care based on exercise is a first choice for long-lasting low back pain.',
    },
    treatmentTriggerPointInjections: {
      text: 'Some people say trigger-point injections relax the tight muscle; studies do not support this.',
      caveat: 'There is no clear evidence that these injections help low back pain.',
    },
    treatmentNeuromodulation: {
      text: 'An implanted nerve stimulator can help long-lasting back pain.',
      caveat:
        'It is for some people with long-term back pain. It acts on the nerves of a small back muscle, not the psoas. In its main trial against a dummy device, it missed its main goal.',
    },
    treatmentRadiofrequency: {
      text: 'Radiofrequency ablation can ease back pain.',
      caveat: 'It treats small nerves of the spine’s facet joints, not the psoas. Large trials found little added benefit.',
    },
    treatmentNerveBlocks: {
      text: 'Nerve blocks can relieve pain.',
      caveat: 'They are used to find or briefly calm a source of pain. The relief usually wears off.',
    },
    preventionPosture: {
      text: 'It is often said that good posture prevents psoas problems; the evidence for this is weak.',
      caveat: 'No single correct posture prevents back pain. Changing position often is better advice.',
    },
    preventionHourlyBreaks: {
      text: 'Standing up and stretching every hour may help prevent problems.',
      caveat: 'It is harmless and may feel good. It has not been shown to prevent psoas problems.',
    },
    preventionHipFlexorStretch: {
      text: 'Hip-flexor stretches may help prevent tightness.',
      caveat: 'They can help the hip straighten further. They have not been shown to prevent back pain.',
    },
    preventionWarmUp: {
      text: 'Warming up may help prevent injury.',
      caveat: 'It is sensible before sport. The evidence that it prevents back pain is weak.',
    },
  },
  basis: {
    clinicalConsensus: 'clinical consensus',
    caseReports: 'case reports',
    sportsMedicineConsensus: 'sports-medicine consensus',
    generalKnowledge: 'general medical knowledge',
    clinicalExperience: 'clinical experience',
    redFlagGuidance: 'red-flag guidance',
    anatomyTexts: 'anatomy textbooks',
    myofascialLiterature: 'general myofascial literature',
    exerciseTrials: 'exercise trials',
    clinicalGuidelines: 'clinical guidelines',
  },
  chapters: {
    anatomy: {
      title: 'Meet the psoas',
      paragraphs: [
        'The psoas is a long muscle deep inside your body. You have one on each side of your spine. It starts on the sides of your lower back bones and the discs between them.',
        'It runs down and forward over the rim of the pelvis. There it joins the iliacus, a fan-shaped muscle on the inside of the hip bone. Together they attach to a small bump near the top of the thigh bone.',
        'When these muscles work, they lift your thigh toward your belly. That is how you raise your knee to climb a step.',
      ],
    },
    spine: {
      title: 'What tightness is said to do to the spine',
      paragraphs: [
        'Many clinicians explain back pain like this. A tight psoas is shorter than usual. When you stand, it pulls the top of the pelvis forward and down.',
        'The pelvis then tips, and the lower back curves more. The model shows this. It is a common explanation clinicians use, not a proven mechanism. Studies of healthy adults find little link between tight hip flexors and a deeper curve.',
        'When the psoas works hard, it squeezes the back bones and discs together. The numbers show how disc pressure might change. They are example values from one person, not yours.',
      ],
    },
    nerves: {
      title: 'Nerves near the psoas',
      paragraphs: [
        'Several nerves leave the lower spine and run through or beside the psoas. They carry feeling from the groin, the thigh and the leg. Some also work the thigh muscles.',
        'Some clinicians think a tight psoas could irritate these nerves. Then you might feel numbness or tingling in the places on the body map. The nerves could be irritated, but this is unproven.',
        'Two nerves stay unmarked on purpose. The lateral femoral cutaneous nerve and the lumbosacral trunk are not thought to be pinched by the psoas. Trouble with these two usually starts elsewhere: under a band of tissue at the groin, or at a disc or nerve root in the spine.',
        'Rarely, bleeding or infection inside the muscle can squeeze a nerve. That needs urgent care.',
      ],
    },
    causes: {
      title: 'What may cause psoas trouble',
      paragraphs: [
        'Long hours of sitting are often blamed. Sitting bends the hip, so the psoas rests short and slack, as the model shows. But no study has shown that this shortens it enough to cause back pain.',
        'Other causes people name are lifting with a rounded back, lots of running or jumping, and doing much more than usual all at once. These can strain muscles and tendons in general. A real injury, bleeding or infection of the muscle can happen, but it is rare.',
        'Posture and age are blamed too. Yet a pelvis that tips forward a little is normal for most people. Age changes the body, but it does not mean you have a psoas problem.',
      ],
    },
    signs: {
      title: 'Signs people notice',
      paragraphs: [
        'Some signs are often linked to the psoas. Low back pain may be worse when you sit or lie down. Some people feel pain in the hip or groin. Others feel stiff in the morning or find it hard to stand up straight.',
        'Some people find it hard to lift the knee high. All of these are common in many back problems. None of them proves that the psoas is the cause.',
        'Real leg weakness is different. It can mean a nerve is involved, so get checked soon. The list below shows signs that need urgent care.',
      ],
    },
    otherCauses: {
      title: 'What else can cause these symptoms',
      paragraphs: [
        'Pain in the groin, hip or thigh has many causes. The psoas is only one of them, and not a common one. A doctor will think of the others first.',
        'Many of them can be found with an exam or a simple test. A few need quick care. Tell your doctor about fever, weight loss, or pain in the belly or side.',
        'The list below names the causes a doctor will think of. Each one shows how sure we are and where that comes from.',
      ],
    },
    examination: {
      title: 'How it is checked',
      paragraphs: [
        'A common check is the Thomas test. You lie on your back at the end of a table. You hug one knee to your chest and let the other leg hang down.',
        'If the hanging thigh stays above the table, the hip flexors may be short. The model shows this for the right leg. But a short muscle does not prove that it causes your pain.',
        'The test checks more than the psoas. If the knee does not bend so the lower leg hangs down, the front thigh muscle (rectus femoris) may be short. If the thigh drifts out to the side, a muscle on the outer hip (the TFL) may be tight. Your lower back must stay flat on the table, or the result can mislead. The rule that the thigh should hang below the table comes from studies of athletes, so it may not fit everyone.',
        'Pressing deep into the belly to find sore spots in the psoas is not reliable. Judging posture by eye can mislead too, because pelvis shapes differ. Scans help only when there are warning signs, and they cannot show tightness.',
      ],
    },
    treatment: {
      title: 'Treatment and prevention',
      paragraphs: [
        'Exercise helps many people with back pain. A physical therapist can guide you. For long-lasting low back pain, care based on exercise is a first choice. To help yourself, change position often and take short breaks from sitting. Warm up before sport, and build up activity slowly.',
        'The model shows a hip-flexor stretch. You kneel on one knee and move your weight gently forward. You feel the stretch at the front of the hip of the back leg. It can help the hip straighten, but it has not been shown to prevent back pain.',
        'To do the stretch safely, put a cushion or a folded towel under the knee. Tuck your tailbone under, so your lower back flattens a little. Then move your weight slowly forward until you feel a mild pull at the front of the hip. Hold it for about 30 seconds and repeat two or three times. Stop if it hurts, or if the thigh tingles or goes numb. Stretching works best together with strengthening, for example of the buttock and belly muscles.',
        'Some clinics offer injections, nerve blocks, heat treatment of nerves or an implanted stimulator. Most of these aim at other nerves or joints, not the psoas. Trigger-point injections have no clear proof of benefit.',
      ],
    },
  },
}
