import type { CombiningContent } from '../types.js';

/** IPT alongside, or compared with, other treatments. */
export const combining: CombiningContent = {
  intro: [
    {
      text: 'IPT can be used on its own or with other care. Your provider may suggest medicine along with IPT.',
      cite: ['clevelandClinic'],
    },
  ],
  items: [
    {
      id: 'medicine',
      name: 'IPT and medicine',
      text: 'A large review in 2016 found that IPT plus medicine worked better than IPT alone. An earlier review had too few studies to tell.',
      cite: ['cuijpers2016', 'cuijpers2011'],
    },
    {
      id: 'staying-well',
      name: 'Staying well',
      text: 'After treatment, some people keep going to stay well. One review found that medicine plus IPT made it less likely that depression came back than medicine alone.',
      cite: ['cuijpers2011'],
    },
    {
      id: 'other-talk-therapies',
      name: 'Other talk therapies',
      text: 'CBT is short for cognitive behavioral therapy. For depression, IPT and CBT have done about as well as each other. So have other talk therapies, such as problem-solving therapy. None was clearly best.',
      cite: ['cuijpers2011', 'cuijpers2016', 'cuijpers2017'],
    },
    {
      id: 'less-severe-options',
      name: 'Options for less severe depression',
      text: 'For milder depression, UK guidance lists other options too. They include guided self-help, group exercise, group CBT and group mindfulness.',
      cite: ['nice2022'],
    },
    {
      id: 'bipolar',
      name: 'A version for bipolar disorder',
      text: 'There is also a form of IPT for people who have bipolar disorder.',
      cite: ['ravitz2014'],
    },
  ],
};
