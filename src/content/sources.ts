/**
 * Bibliography: only the sources the content actually cites.
 *
 * The comment above each entry gives its number in the project fact brief (ipt-facts.md) and how
 * it was verified; comments, not fields, so they never ship to browsers.
 * Every entry has a `url` or `doi` taken from that brief. Where the brief gives
 * only a site name (no full address), the site's home page is used and the
 * comment says so. Two addresses were not in the brief and were located and checked by
 * the content author (see the comments): the O'Hara 2000 trial page and the NHS
 * crisis-advice page.
 */
import type { Source } from './types.js';

export const sources = {
  // Brief [1]. Stored older version of the page, pages 1-2.
  webmdIpt: {
    title: 'Interpersonal Therapy for Depression',
    publisher: 'WebMD',
    year: 'n.d.',
    url: 'http://www.webmd.com/depression/guide/interpersonal-therapy-for-depression',
  },
  // Brief [2]
  webmdProcess: {
    title: 'What is the process of interpersonal therapy for depression?',
    publisher: 'WebMD Answers',
    year: 'n.d.',
    url: 'http://www.webmd.com/depression/answers-depression/answers-interpersonal',
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
  // Brief [5b]
  isiptHome: {
    title: 'International Society of Interpersonal Psychotherapy (conference summary; chapters)',
    publisher: 'ISIPT',
    year: 'n.d.',
    url: 'https://interpersonalpsychotherapy.org/',
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
  // Brief [17]
  iptInstitute: {
    title: 'IPT training slides',
    authors: 'Stuart S',
    publisher: 'IPT Institute',
    year: 2012,
    url: 'https://iptinstitute.com',
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
  // Brief [43]. The brief names only the site (nhs.uk); text verified via verbatim reproductions (e.g. camhsprofessionals.co.uk, 2019).
  nhsCoping: {
    title: 'Tips for coping with depression',
    publisher: 'NHS',
    year: 'n.d.',
    url: 'https://www.nhs.uk',
  },
  // Brief [45]. The brief names only the site; tips verified via reproductions, not on nimh.nih.gov itself.
  nimhSelfHelp: {
    title: 'Depression: self-help tips',
    publisher: 'National Institute of Mental Health (NIMH)',
    year: 'n.d.',
    url: 'https://www.nimh.nih.gov',
  },
  // Brief [46]
  nhsMoodCheck: {
    title: 'Mood self-assessment quiz',
    publisher: 'NHS Choices',
    year: 2014,
    url: 'http://www.nhs.uk/Conditions/stress-anxiety-depression/Pages/mood-self-assessment.aspx',
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
  // Brief [49b]. Secondary source for the US 911 line; official wording is general knowledge.
  intlMentalHealth: {
    title: 'Resources',
    publisher: 'internationalmentalhealth.org',
    year: 'n.d.',
    url: 'https://internationalmentalhealth.org/resources',
  },
  // Brief [50]. The brief names only the site (newswire.ca); release dated 30 Nov 2023.
  canada988: {
    title: 'Government of Canada launches three-digit suicide crisis helpline',
    publisher: 'Government of Canada via CNW (newswire.ca)',
    year: 2023,
    url: 'https://www.newswire.ca',
  },
  // Brief [51]
  samaritansContact: {
    title: 'Contact a Samaritan',
    publisher: 'Samaritans',
    year: 'n.d.',
    url: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/',
  },
  // Brief [52]. The brief names only samaritans.org/news.
  samaritansNews: {
    title: 'Being there when people need us most',
    authors: 'Sutherland R',
    publisher: 'Samaritans',
    year: 'n.d.',
    url: 'https://www.samaritans.org/news',
  },
  // Brief [52b]. The brief names only the site (advertiser.ie). Source for 116 123 being free in Ireland.
  galwayAdvertiser: {
    title: 'You are not alone this Christmas is the message from Samaritans Galway',
    publisher: 'Galway Advertiser',
    year: 'n.d.',
    url: 'https://www.advertiser.ie',
  },
  // Brief [53]. The brief names only the site (lifeinmind.org.au).
  lifeInMind: {
    title: "Lifeline's crisis text service now available 24/7",
    publisher: 'Life in Mind',
    year: 2022,
    url: 'https://lifeinmind.org.au',
  },
  // Brief [54]. The brief names only the site (sbs.com.au).
  sbs000: {
    title: "Everything you need to know about Australia's emergency number 000",
    publisher: 'SBS',
    year: 'n.d.',
    url: 'https://www.sbs.com.au',
  },
  // Brief [54b]. The brief names only the site (askforhealth.org.au). Source for 106, the text relay number.
  askForHealth000: {
    title: 'Calling Triple Zero (000)',
    publisher: 'askforhealth.org.au',
    year: 'n.d.',
    url: 'https://askforhealth.org.au',
  },
  // Brief [55]. The brief names only the sites (112.hu; digitalhealth.net).
  eu112: {
    title: '112 in the EU',
    publisher: '112.hu; digitalhealth.net (EC statements)',
    year: 2008,
    url: 'https://112.hu',
  },
  // Brief [56]. The brief names the page but gives no URL. This address was located and checked by the content author (NHS 111, mental health option 2). The brief also cites Aneurin Bevan UHB (Wales), without a URL.
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
  // Brief [78]. A provider page, not a guideline. The brief names only the site (baycare.org).
  baycare: {
    title: 'Depression: tips to help yourself',
    publisher: 'BayCare Health System',
    year: 'n.d.',
    url: 'https://baycare.org',
  },
  // Brief [79]. The brief names only the site (mentalhealthcareworks.org).
  apaFoundation: {
    title: 'Move, Rest, Nourish: A Lifestyle Approach to Depression',
    publisher: 'American Psychiatric Association Foundation',
    year: 'n.d.',
    url: 'https://mentalhealthcareworks.org',
  },
} as const satisfies Record<string, Source>;

/** All source ids, in bibliography order. */
export const SOURCE_IDS = Object.keys(sources) as (keyof typeof sources)[];
