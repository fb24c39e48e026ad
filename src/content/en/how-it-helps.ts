import type { HowItHelpsContent } from '../types.js';

/** How IPT may help: proposed mechanisms (ideas, not proven) and stated aims. */
export const howItHelps: HowItHelpsContent = {
  intro: [
    {
      text: 'Researchers have four ideas about why IPT helps with depression. These are ideas they want to test. They are not proven facts.',
      cite: ['lipsitz2013'],
    },
    {
      text: 'IPT also has clear aims. They are to ease symptoms, get along better with people and have more support.',
      cite: ['iptInstitute', 'webmdIpt'],
    },
  ],
  rows: [
    {
      kind: 'idea',
      way: 'More support',
      means: 'You may get more help and comfort from the people around you.',
      cite: ['lipsitz2013'],
    },
    {
      kind: 'idea',
      way: 'Less stress with people',
      means: 'You may have less strain and fewer clashes with others.',
      cite: ['lipsitz2013'],
    },
    {
      kind: 'idea',
      way: 'Working through feelings',
      means: 'IPT may help you notice, name and deal with strong feelings.',
      cite: ['lipsitz2013'],
    },
    {
      kind: 'idea',
      way: 'Better people skills',
      means: 'You may get better at saying what you need and at sorting out problems with others.',
      cite: ['lipsitz2013'],
    },
    {
      kind: 'aim',
      way: 'Ease symptoms soon',
      means: 'A short-term goal is for your symptoms to ease fast.',
      cite: ['webmdIpt'],
    },
    {
      kind: 'aim',
      way: 'Get along better',
      means: 'Another goal is to cope better in your relationships and daily roles.',
      cite: ['webmdIpt'],
    },
    {
      kind: 'aim',
      way: 'More support',
      means: 'IPT aims to help you build more support from others.',
      cite: ['iptInstitute'],
    },
    {
      kind: 'aim',
      way: 'Cope on your own',
      means: 'In the long run, the goal is for you to make these changes on your own.',
      cite: ['webmdIpt'],
    },
  ],
};
