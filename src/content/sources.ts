/**
 * Bibliography: only the sources the content actually cites.
 *
 * The comment above each entry gives its number in the project fact brief (ipt-facts.md) and how
 * it was verified; comments, not fields, so they never ship to browsers.
 * Every entry has a `url` or `doi` that leads to the page carrying the cited text. Where the brief
 * names only a site, the exact page was looked up in stored copies and the comment says so. A link to
 * a site's home page is allowed only with `homePage: true` and a comment saying why (a test checks).
 */
/** A bibliography entry. Every entry must have a `url` or a `doi`. */
export interface Source {
  readonly title: string;
  readonly authors?: string;
  readonly publisher?: string;
  readonly year: number | string;
  readonly url?: string;
  readonly doi?: string;
  /** True only where the brief gives no deeper page than the site's front page (a test allows `/` only then). */
  readonly homePage?: true;
}

export const sources = {
  // Brief [1]. Stored older version of the page, pages 1-2.
  webmdIpt: {
    title: 'Interpersonal Therapy for Depression',
    publisher: 'WebMD',
    year: 'n.d.',
    url: 'http://www.webmd.com/depression/guide/interpersonal-therapy-for-depression',
  },
  // Brief [2]. The same text ("What is the process for interpersonal therapy?") stands on page 3 of
  // the WebMD guide [1]; the old WebMD Answers page is gone, so the guide's page is cited.
  webmdProcess: {
    title: 'Interpersonal Therapy for Depression: What is the process for interpersonal therapy?',
    publisher: 'WebMD',
    year: 'n.d.',
    url: 'http://www.webmd.com/depression/guide/interpersonal-therapy-for-depression?page=3',
  },
  // Brief [4]. Text verified only via a mirror: https://dev.health-library.pages.dev/treatments/interpersonal-psychotherapy-ipt
  clevelandClinic: {
    title: 'Interpersonal Psychotherapy (IPT)',
    publisher: 'Cleveland Clinic',
    year: 'n.d.',
    url: 'https://my.clevelandclinic.org/health/treatments/interpersonal-psychotherapy-ipt',
  },
  // Brief [5]
  isiptStrategies: {
    title: 'Key IPT Strategies',
    publisher: 'International Society of Interpersonal Psychotherapy (ISIPT)',
    year: 'n.d.',
    url: 'https://interpersonalpsychotherapy.org/ipt-basics/key-ipt-strategies',
  },
  // Brief [5b]. Both texts ("The ISIPT's 9th conference – a short summary" and "ISIPT Chapters") are
  // posts on the society's front page, which is the only address the brief gives for them.
  isiptHome: {
    title: "The ISIPT's 9th conference – a short summary",
    publisher: 'International Society of Interpersonal Psychotherapy (ISIPT)',
    year: 'n.d.',
    url: 'https://interpersonalpsychotherapy.org/',
    homePage: true,
  },
  // Brief [6]
  iptUkStages: {
    title: 'Stages of IPT',
    publisher: 'IPT UK',
    year: 'n.d.',
    url: 'https://www.iptuk.net/stages-of-ipt.html',
  },
  // Brief [10]
  weissman2020: {
    title: 'Interpersonal psychotherapy: history and future',
    authors: 'Weissman MM',
    publisher: 'American Journal of Psychotherapy',
    year: 2020,
    doi: '10.1176/appi.psychotherapy.20190032',
  },
  // Brief [12]
  ravitz2014: {
    title: 'Interpersonal psychotherapy: healing with a relational focus',
    authors: 'Ravitz P, Watson P',
    publisher: 'Focus',
    year: 2014,
    doi: '10.1176/appi.focus.12.3.275',
  },
  // Brief [13]. The brief gives the PubMed Central id PMC7001362; the URL is the standard PMC address for that id.
  rajhans2020: {
    title: 'Interpersonal psychotherapy for patients with mental disorders',
    authors: 'Rajhans P, Hans G, Kumar V, Chadda RK',
    publisher: 'Indian Journal of Psychiatry',
    year: 2020,
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC7001362/',
  },
  // Brief [14]
  lipsitz2013: {
    title: 'Mechanisms of change in interpersonal therapy (IPT)',
    authors: 'Lipsitz JD, Markowitz JC',
    publisher: 'Clinical Psychology Review',
    year: 2013,
    doi: '10.1016/j.cpr.2013.09.002',
  },
  // Brief [16]. The book's edition, publisher and year (2nd ed., CRC Press, 2012) are general knowledge
  // in the brief, so they are not shown; the id keeps the year only as a name.
  stuartRobertson2012: {
    title: 'Concluding acute treatment and maintenance (chapter), in Interpersonal Psychotherapy: A Clinician\'s Guide',
    authors: 'Stuart S, Robertson M',
    year: 'n.d.',
    url: 'https://www.taylorfrancis.com/books/9780429252747/chapters/10.1201/b13643-28',
  },
  // Brief [17]. The slides themselves, at the copy the brief names (studylib.net/doc/25532296).
  iptInstitute: {
    title: 'IPT training slides',
    authors: 'Stuart S',
    publisher: 'IPT Institute (copy at studylib.net)',
    year: 2012,
    url: 'https://studylib.net/doc/25532296',
  },
  // Brief [19]. URL is the description page named in the brief.
  whoGroupIpt: {
    title: 'Group Interpersonal Therapy (IPT) for Depression (field-trial version 1.0, WHO/MSD/MER/16.4)',
    authors: 'World Health Organization; Columbia University',
    publisher: 'World Health Organization',
    year: 2016,
    url: 'https://mhpss.net/toolkit/emergency/resource/group-interpersonal-therapy-for-depression',
  },
  // Brief [20]
  mhpssIpt: {
    title: 'Interpersonal Psychotherapy (IPT): curated intervention summary',
    publisher: 'MHPSS.net',
    year: 'n.d.',
    url: 'https://mhpss.net/toolkit/curated-space-for-psychological-interventions/resource/interpersonal-psychotherapy-ipt',
  },
  // Brief [22]
  cuijpers2011: {
    title: 'Interpersonal psychotherapy for depression: a meta-analysis',
    authors: 'Cuijpers P, Geraedts AS, van Oppen P, Andersson G, Markowitz JC, van Straten A',
    publisher: 'American Journal of Psychiatry',
    year: 2011,
    doi: '10.1176/appi.ajp.2010.10101411',
  },
  // Brief [23]
  cuijpers2016: {
    title: 'Interpersonal psychotherapy for mental health problems: a comprehensive meta-analysis',
    authors: 'Cuijpers P, Donker T, Weissman MM, Ravitz P, Cristea IA',
    publisher: 'American Journal of Psychiatry',
    year: 2016,
    doi: '10.1176/appi.ajp.2015.15091141',
  },
  // Brief [24]
  cuijpers2017: {
    title: 'Four decades of outcome research on psychotherapies for adult depression: an overview of a series of meta-analyses',
    authors: 'Cuijpers P',
    publisher: 'Canadian Psychology',
    year: 2017,
    doi: '10.1037/cap0000096',
  },
  // Brief [26]
  bolton2003: {
    title: 'Group interpersonal psychotherapy for depression in rural Uganda: a randomized controlled trial',
    authors: 'Bolton P, Bass J, Neugebauer R, et al.',
    publisher: 'JAMA',
    year: 2003,
    doi: '10.1001/jama.289.23.3117',
  },
  // Brief [27]
  bass2006: {
    title: 'Group interpersonal psychotherapy for depression in rural Uganda: 6-month outcomes',
    authors: 'Bass J, Neugebauer R, Clougherty KF, et al.',
    publisher: 'British Journal of Psychiatry',
    year: 2006,
    doi: '10.1192/bjp.188.6.567',
  },
  // Brief [28]
  lewandowski2016: {
    title: 'Local perceptions of the impact of group interpersonal psychotherapy in rural Uganda',
    authors: 'Lewandowski RE, Bolton PA, Feighery A, et al.',
    publisher: 'Global Mental Health',
    year: 2016,
    doi: '10.1017/gmh.2016.15',
  },
  // Brief [30]; the brief's section 9a gives this PubMed Central page and the completer figures.
  frank2007: {
    title: 'Randomized trial of weekly, twice-monthly, and monthly interpersonal psychotherapy as maintenance treatment for women with recurrent depression',
    authors: 'Frank E, Kupfer DJ, Buysse DJ, et al.',
    publisher: 'American Journal of Psychiatry',
    year: 2007,
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3579577',
  },
  // Brief [32]; the brief's section 9a gives this record.
  reynolds2006: {
    title: 'Maintenance treatment of major depression in old age',
    authors: 'Reynolds CF 3rd, Dew MA, Pollock BG, et al.',
    publisher: 'New England Journal of Medicine',
    year: 2006,
    url: 'https://profiles.wustl.edu/en/publications/maintenance-treatment-of-major-depression-in-old-age',
  },
  // Brief [36]. The brief gives no URL or DOI for this trial. This publisher page was located and its abstract checked against the brief (120 women; 37.5% vs 13.7%) by the content author.
  ohara2000: {
    title: 'Efficacy of interpersonal psychotherapy for postpartum depression',
    authors: "O'Hara MW, Stuart S, Gorman LL, Wenzel A",
    publisher: 'Archives of General Psychiatry',
    year: 2000,
    url: 'https://jamanetwork.com/journals/jamapsychiatry/fullarticle/481669',
  },
  // Brief [39]
  uspstf2019: {
    title: 'Interventions to prevent perinatal depression: recommendation statement',
    authors: 'US Preventive Services Task Force',
    publisher: 'JAMA',
    year: 2019,
    doi: '10.1001/jama.2019.0007',
  },
  // Brief [40]
  nice2022: {
    title: 'Depression in adults: treatment and management (NG222)',
    publisher: 'National Institute for Health and Care Excellence (NICE)',
    year: 2022,
    url: 'https://www.nice.org.uk/guidance/ng222',
  },
  // Brief [43]. The text was verified on the verbatim reproduction the brief names; no stored copy of
  // the nhs.uk page itself exists, so the reproduction is the page linked.
  nhsCoping: {
    title: 'NHS tips for coping with depression',
    publisher: 'NHS, reproduced by CAMHS Professionals',
    year: 2019,
    url: 'https://camhsprofessionals.co.uk/2019/10/12/nhs-tips-for-coping-with-depression/',
  },
  // Brief [45]. Verified only via reproductions (the brief names clearskiesprogram.com), not on nimh.nih.gov.
  nimhSelfHelp: {
    title: 'What you can do: tips from the National Institute of Mental Health',
    publisher: 'NIMH, reproduced by the Clear Skies program',
    year: 'n.d.',
    url: 'https://clearskiesprogram.com/what-you-can-do-2',
  },
  // Brief [46b]
  bbcMood: {
    title: 'Mood self-assessment: Could I be depressed?',
    publisher: 'BBC News',
    year: 'n.d.',
    url: 'https://www.bbc.co.uk/news/health-35548477',
  },
  // Brief [47]
  mhaScreening: {
    title: 'About MHA Screening',
    publisher: 'Mental Health America',
    year: 'n.d.',
    url: 'https://www.mhanational.org/about-mha-screening',
  },
  // Brief [48]
  samhsa988: {
    title: '988 Frequently Asked Questions',
    publisher: 'SAMHSA',
    year: 'n.d.',
    url: 'https://www.samhsa.gov/find-help/988/faqs',
  },
  // Brief [49]
  familyToolkit988: {
    title: '988 Suicide & Crisis Lifeline',
    publisher: 'Family & Caregiver Toolkit (Mental Health America affiliate)',
    year: 'n.d.',
    url: 'https://familyandcaregivertoolkit.org/988-crisis-lifeline',
  },
  // Brief [50]. The brief names only the site; this is the release's own page.
  canada988: {
    title: 'Government of Canada launches three-digit suicide crisis helpline',
    publisher: 'Government of Canada via CNW (newswire.ca)',
    year: 2023,
    url: 'https://www.newswire.ca/news-releases/government-of-canada-launches-three-digit-suicide-crisis-helpline-896472116.html',
  },
  // Brief [51]
  samaritansContact: {
    title: 'Contact a Samaritan',
    publisher: 'Samaritans',
    year: 'n.d.',
    url: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/',
  },
  // Brief [53]. The brief names only the site; this is the article's own page.
  lifeInMind: {
    title: "Lifeline's crisis text service now available 24/7",
    publisher: 'Life in Mind',
    year: 2022,
    url: 'https://lifeinmind.org.au/news/lifelines-crisis-text-service-now-available-24-7',
  },
  // Brief [56]. The brief names the page but gives no URL; this address was located and checked by the
  // content author. Cited here only for 999 and A&E.
  nhsCrisisAdvice: {
    title: 'Crisis advice',
    publisher: 'Tees, Esk and Wear Valleys NHS Foundation Trust',
    year: 'n.d.',
    url: 'https://tewv.nhs.uk/services/crisis-advice',
  },
  // Brief [71]. Book attribution and year (Markowitz, In the Aftermath of the Pandemic, 2021) are general
  // knowledge in the brief, so no year is shown; the id keeps it only as a name.
  iptTermination2021: {
    title: 'Termination (chapter)',
    publisher: 'Oxford Clinical Psychology',
    year: 'n.d.',
    doi: '10.1093/med-psych/9780197554500.003.0009',
  },
  // Brief [78]. A provider page, not a guideline. The brief names only the site, and no stored copy of
  // the page itself was found, so the link goes to the health system's home page.
  baycare: {
    title: 'Depression: tips to help yourself',
    publisher: 'BayCare Health System',
    year: 'n.d.',
    url: 'https://baycare.org/',
    homePage: true,
  },
  // Brief [79]. The brief names only the site; this is the resource's own page.
  apaFoundation: {
    title: 'Move, Rest, Nourish: A Lifestyle Approach to Depression',
    publisher: 'American Psychiatric Association Foundation',
    year: 'n.d.',
    url: 'https://mentalhealthcareworks.org/resource/move-rest-nourish-a-lifestyle-approach-to-depression',
  },
  // Crisis lines: brief section 7.1 (revised 2026-11-30), sources 84-105. Quotes are in the brief.
  // Brief [84]
  acmaTty: {
    title: 'Emergency call service FAQ',
    publisher: 'Australian Communications and Media Authority (ACMA)',
    year: 2008,
    url: 'https://web.archive.org/web/20080721102435/http://www.acma.gov.au/WEB/STANDARD/pc=PC_1695',
  },
  // Brief [85]
  qldTripleZero: {
    title: 'Triple Zero (000)',
    publisher: 'Queensland Government',
    year: 'n.d.',
    url: 'https://www.qld.gov.au/emergency/emergencies-services/assistance/triple-000',
  },
  // Brief [87]
  nrsEmergency: {
    title: 'Contacting emergency services through the National Relay Service',
    publisher: 'Department of Infrastructure (Australia)',
    year: 'n.d.',
    url: 'https://infrastructure.gov.au/department/media/news/contacting-emergency-services-through-nrs',
  },
  // Brief [87b]
  nrsChat: {
    title: 'Emergency calls to 000 (National Relay Service)',
    publisher: 'Accesshub, Department of Infrastructure (Australia)',
    year: 'n.d.',
    url: 'https://www.infrastructure.gov.au/media-communications-arts/phone/services-people-disability/accesshub/national-relay-service/emergency-calls-000',
  },
  // Brief [88]. A copy of the Minister for Health's release.
  yarn13: {
    title: '13YARN: 24/7 national crisis line support',
    publisher: 'Minister for Health (Australia), via Mirage News',
    year: 'n.d.',
    url: 'https://www.miragenews.com/13yarn-247-national-crisis-line-support-for-756394/',
  },
  // Brief [89]
  shoutFaq: {
    title: 'FAQ',
    publisher: 'Shout',
    year: 2024,
    url: 'https://giveusashout.org/about-us/faq',
  },
  // Brief [90]
  lifelineNi: {
    title: 'About Lifeline',
    publisher: 'Lifeline (Northern Ireland)',
    year: 'n.d.',
    url: 'https://www.lifelinehelpline.info/page/about.html',
  },
  // Brief [90]
  phaLifeline: {
    title: "World Suicide Prevention Day: contact Lifeline if you're in distress or despair",
    publisher: 'Public Health Agency (Northern Ireland)',
    year: 'n.d.',
    url: 'https://publichealth.hscni.net/news/world-suicide-prevention-day-contact-lifeline-if-youre-distress-or-despair',
  },
  // Brief [91]
  lpftNeedHelp: {
    title: 'Need help now?',
    publisher: 'Lincolnshire Partnership NHS Foundation Trust',
    year: 'n.d.',
    url: 'https://www.lpft.nhs.uk/contact-us/need-help-now',
  },
  // Brief [91]
  oundle111: {
    title: 'Accessing mental health services via 111',
    publisher: 'Oundle Surgery (NHS)',
    year: 2023,
    url: 'https://www.oundlesurgery.nhs.uk/news/accessing-mental-health-services-via-111',
  },
  // Brief [92]. A copy of the Scottish Government's release (Feb 2026).
  scotGovHub: {
    title: 'Round-the-clock mental health support',
    publisher: 'Scottish Government, via WiredGov',
    year: 2026,
    url: 'https://www.wired-gov.net/wg/news.nsf/articles/roundtheclock+mental+health+support+18022026142000?open',
  },
  // Brief [92]
  scotAmbulance: {
    title: "Together, let's care for your mental health",
    publisher: 'Scottish Ambulance Service',
    year: 'n.d.',
    url: 'https://www.scottishambulance.com/news/together-lets-care-for-your-mental-health/',
  },
  // Brief [94]
  hse112: {
    title: 'When to call 112 or 999',
    publisher: 'HSE (Ireland)',
    year: 'n.d.',
    url: 'https://www2.hse.ie/emergencies/when-to-call-112-or-999/',
  },
  // Brief [95]. The HSE's launch release, as carried by Donegal Live. The brief leaves the keyword
  // unconfirmed, so the widgets say "Text 50808" with no keyword.
  text50808: {
    title: 'Life-saving, innovative 24/7 text service launched',
    publisher: 'HSE, via Donegal Live',
    year: 'n.d.',
    url: 'https://www.donegallive.ie/news/news/550907/live-saving-innovative-24-7-text-service-launched.html',
  },
  // Brief [97]
  lifeline988: {
    title: 'What to expect',
    publisher: '988 Suicide & Crisis Lifeline',
    year: 'n.d.',
    url: 'https://988lifeline.org/get-help/what-to-expect',
  },
  // Brief [98]
  samhsaAsl: {
    title: '988 Suicide & Crisis Lifeline adds American Sign Language services for deaf and hard of hearing callers',
    publisher: 'SAMHSA',
    year: 2023,
    url: 'https://www.samhsa.gov/newsroom/press-announcements/20230908/988-suicide-crisis-lifeline-adds-american-sign-language-services-deaf-hard-of-hearing-callers',
  },
  // Brief [99]
  fccText911: {
    title: 'Text to 911: quick facts and FAQs',
    publisher: 'Federal Communications Commission (FCC)',
    year: 'n.d.',
    url: 'https://www.fcc.gov/consumers/guides/text-911-quick-facts-faqs',
  },
  // Brief [100]. In French: the lead organisation's own page on 9-8-8.
  camh988: {
    title: '9-8-8 : Ligne d\'aide en cas de crise de suicide',
    publisher: 'CAMH',
    year: 'n.d.',
    url: 'https://camh.ca/fr/agent-du-changement/988',
  },
  // Brief [101]
  vchEmergency: {
    title: 'Emergency mental health care',
    publisher: 'Vancouver Coastal Health',
    year: 'n.d.',
    url: 'https://vch.ca/en/emergency-mental-health-care',
  },
  // Brief [102]
  kidsHelpPhone: {
    title: 'Text about it',
    publisher: 'Kids Help Phone',
    year: 'n.d.',
    url: 'https://kidshelpphone.ca/text-about-it/',
  },
  // Brief [103]
  hopeForWellness: {
    title: 'Health promotion and prevention: link to government services',
    publisher: 'Canadian Institute of Child Health',
    year: 'n.d.',
    url: 'https://cichprofile.ca/module/7/section/4/page/health-promotion-and-prevention-link-to-government-services',
  },
  // Brief [104]. A copy credited to the European Commission.
  ec112: {
    title: 'Need help? Dial 112',
    publisher: 'European Commission, via News.lt',
    year: 2009,
    url: 'https://www.news.lt/Law-And-Order-Crime/Need-help-Dial-112.im?f=c&id=189320&p=12',
  },
  // Brief [105]
  oireachtas116: {
    title: 'Written answer on the 116 123 emotional support number',
    publisher: 'Houses of the Oireachtas (Dáil Éireann)',
    year: 2013,
    url: 'https://www.oireachtas.ie/en/debates/question/2013-12-10/505/',
  },
  // Brief [105]
  elpida116: {
    title: 'European harmonised number 116 123',
    publisher: 'Elpida',
    year: 'n.d.',
    url: 'https://linka-senioru.elpida.cz/ehn',
  },
} as const satisfies Record<string, Source>;

/** A key of the `sources` object. Mistyped ids do not compile. */
export type SourceId = keyof typeof sources;

/** All source ids, in bibliography order. */
export const SOURCE_IDS = Object.keys(sources) as (keyof typeof sources)[];
