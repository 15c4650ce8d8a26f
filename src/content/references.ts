/**
 * Full entries of the references cited by the claims (anatomy-reference.md §9).
 * Literature entries are language-neutral; non-literature grounds (BasisId) get their
 * display text from the catalog (`basis`), so they have no entry here.
 */
import type { LiteratureId } from './types.ts'

export interface LiteratureReference {
  /** short citation as shown beside a claim, e.g. "Heino 1990" */
  short: string
  /** full citation */
  full: string
  /** DOI when the reference gives one */
  doi?: string
}

export const REFERENCES: Record<LiteratureId, LiteratureReference> = {
  'Heino 1990': {
    short: 'Heino 1990',
    full: 'Heino JG, Godges JJ, Carter CL (1990). Relationship between hip extension range of motion and postural alignment. J Orthop Sports Phys Ther 12(6):243–247.',
    doi: '10.2519/jospt.1990.12.6.243',
  },
  'Youdas 1996': {
    short: 'Youdas 1996',
    full: 'Youdas JW, Garrett TR, Harmsen S, Suman VJ, Carey JR (1996). Lumbar lordosis and pelvic inclination of asymptomatic adults. Phys Ther 76(10):1066–1081.',
  },
  'Bogduk 1992': {
    short: 'Bogduk 1992',
    full: 'Bogduk N, Pearcy M, Hadfield G (1992). Anatomy and biomechanics of psoas major. Clin Biomech 7(2):109–119.',
  },
  'Santaguida & McGill 1995': {
    short: 'Santaguida & McGill 1995',
    full: 'Santaguida PL, McGill SM (1995). The psoas major muscle: a three-dimensional geometric study. J Biomech 28(3):339–345.',
  },
  'Ellis Clinical Anatomy': {
    short: 'Ellis, Clinical Anatomy',
    full: 'Ellis H. Clinical Anatomy, 11th ed. (2006), lumbar plexus; SUNY Downstate Human Anatomy online, Lab 40 step 17 (nerves of the lumbar plexus).',
  },
  'Moro 2003': {
    short: 'Moro 2003',
    full: 'Moro T, Kikuchi S, Konno S, Yaginuma H (2003). An anatomic study of the relation between the position of the lumbar plexus and psoas muscle. Spine 28(5):423–428.',
  },
  'Wilke 1999': {
    short: 'Wilke 1999',
    full: 'Wilke HJ, Neef P, Caimi M, Hoogland T, Claes LE (1999). New in vivo measurements of pressures in the intervertebral disc in daily life. Spine 24(8):755–762.',
  },
  'Herrington 2011': {
    short: 'Herrington 2011',
    full: 'Herrington L (2011). Assessment of the degree of pelvic tilt within a normal asymptomatic population. Man Ther 16(6):646–648.',
    doi: '10.1016/j.math.2011.04.006',
  },
  'Preece 2008': {
    short: 'Preece 2008',
    full: 'Preece SJ, Willan P, Nester CJ, Graham-Smith P, Herrington L, Bowker P (2008). Variation in pelvic morphology may prevent the identification of anterior pelvic tilt. J Man Manip Ther 16(2):113–117.',
    doi: '10.1179/106698108790818459',
  },
  'Harvey 1998': {
    short: 'Harvey 1998',
    full: 'Harvey D (1998). Assessment of the flexibility of elite athletes using the modified Thomas test. Br J Sports Med 32:68–70.',
  },
  'NICE NG59': {
    short: 'NICE NG59',
    full: 'NICE guideline NG59 (2016, updated 2020). Low back pain and sciatica in over 16s: assessment and management.',
  },
  'Qaseem 2017': {
    short: 'Qaseem 2017 (ACP)',
    full: 'Qaseem A, Wilt TJ, McLean RM, Forciea MA (2017). Noninvasive treatments for acute, subacute, and chronic low back pain: a clinical practice guideline from the American College of Physicians. Ann Intern Med 166(7):514–530.',
  },
  'Staal 2008': {
    short: 'Staal 2008 (Cochrane)',
    full: 'Staal JB, de Bie R, de Vet HC, Hildebrandt J, Nelemans P (2008). Injection therapy for subacute and chronic low-back pain. Cochrane Database Syst Rev CD001824.',
  },
  'Gilligan 2021': {
    short: 'Gilligan 2021',
    full: 'Gilligan C, Volschenk W, Russo M, et al. (2021). An implantable restorative-neurostimulation system for refractory mechanical chronic low back pain: a randomized sham-controlled clinical trial. Pain 162(10):2486–2498.',
  },
  'Juch 2017': {
    short: 'Juch 2017',
    full: 'Juch JNS, Maas ET, Ostelo RWJG, et al. (2017). Effect of radiofrequency denervation on pain intensity among patients with chronic low back pain: the MINT randomized clinical trials. JAMA 318(1):68–81.',
  },
  'Levine & Whittle 1996': {
    short: 'Levine & Whittle 1996',
    full: 'Levine D, Whittle MW (1996). The effects of pelvic movement on lumbar lordosis in the standing position. J Orthop Sports Phys Ther 24(3):130–135.',
    doi: '10.2519/jospt.1996.24.3.130',
  },
  'Finucane 2020': {
    short: 'Finucane 2020',
    full: 'Finucane LM, Downie A, Mercer C, Greenhalgh SM, Boissonnault WG, Pool-Goudzwaard AL, Beneciuk JM, Leech RL, Selfe J (2020). International framework for red flags for potential serious spinal pathologies. J Orthop Sports Phys Ther 50(7):350–372.',
    doi: '10.2519/jospt.2020.9971',
  },
  'Greenhalgh 2018': {
    short: 'Greenhalgh 2018',
    full: 'Greenhalgh S, Finucane L, Mercer C, Selfe J (2018). Assessment and management of cauda equina syndrome. Musculoskelet Sci Pract 37:69–74.',
  },
  'NICE NG226': {
    short: 'NICE NG226',
    full: 'NICE guideline NG226 (2022). Osteoarthritis in over 16s: diagnosis and management.',
  },
  'Griffin 2016': {
    short: 'Griffin 2016',
    full: 'Griffin DR, Dickenson EJ, O’Donnell J, et al. (2016). The Warwick Agreement on femoroacetabular impingement syndrome (FAI syndrome): an international consensus statement. Br J Sports Med 50(19):1169–1176.',
  },
  'Johnston 1998': {
    short: 'Johnston 1998',
    full: 'Johnston CA, Wiley JP, Lindsay DM, Wiseman DA (1998). Iliopsoas bursitis and tendinitis: a review. Sports Med 25(4):271–283.',
  },
  'Cohen 2005': {
    short: 'Cohen 2005',
    full: 'Cohen SP (2005). Sacroiliac joint pain: a comprehensive review of anatomy, diagnosis, and treatment. Anesth Analg 101(5):1440–1453.',
  },
  'HerniaSurge 2018': {
    short: 'HerniaSurge 2018',
    full: 'HerniaSurge Group (2018). International guidelines for groin hernia management. Hernia 22(1):1–165.',
    doi: '10.1007/s10029-017-1668-x',
  },
  'NICE NG156': {
    short: 'NICE NG156',
    full: 'NICE guideline NG156 (2020). Abdominal aortic aneurysm: diagnosis and management.',
  },
  'Harney & Patijn 2007': {
    short: 'Harney & Patijn 2007',
    full: 'Harney D, Patijn J (2007). Meralgia paresthetica: diagnosis and management strategies. Pain Med 8(8):669–677.',
  },
  'Yukawa 2019': {
    short: 'Yukawa 2019',
    full: 'Yukawa Y, Matsumoto T, Kollor H, Minamide A, Hashizume H, Yamada H, Kato F (2019). Local sagittal alignment of the lumbar spine and range of motion in 627 asymptomatic subjects: age-related changes and sex-based differences. Asian Spine J 13(4):663–671.',
    doi: '10.31616/asj.2018.0187',
  },
  'Garber 2011': {
    short: 'Garber 2011 (ACSM)',
    full: 'Garber CE, Blissmer B, Deschenes MR, et al. (2011). American College of Sports Medicine position stand. Quantity and quality of exercise for developing and maintaining cardiorespiratory, musculoskeletal, and neuromotor fitness in apparently healthy adults: guidance for prescribing exercise. Med Sci Sports Exerc 43(7):1334–1359.',
    doi: '10.1249/MSS.0b013e318213fefb',
  },
  'USPSTF 2018': {
    short: 'USPSTF 2018',
    full: 'US Preventive Services Task Force (2018). Screening for osteoporosis to prevent fractures: US Preventive Services Task Force recommendation statement. JAMA 319(24):2521–2531.',
    doi: '10.1001/jama.2018.7498',
  },
  'NICE NG118': {
    short: 'NICE NG118',
    full: 'NICE guideline NG118 (2019). Renal and ureteric stones: assessment and management.',
  },
}
