import type { RelationshipsContent } from '../types.js';

/** Building positive relationships, informed by IPT. */
export const relationships: RelationshipsContent = {
  intro: [
    {
      text: 'IPT works on how you get along with people. Part of the work is learning to lean on the people you love.',
      cite: ['clevelandClinic'],
    },
  ],
  safetyNote: 'Threats, hurting you or trying to control you are not a mix-up to talk through. If this is happening, it is not your fault.',
  tips: [
    {
      id: 'say-what-you-need',
      text: 'Say clearly what you need and what you expect. Check if the other person expects something different.',
      cite: ['webmdIpt', 'isiptStrategies'],
    },
    {
      id: 'find-mix-ups',
      text: 'If you keep clashing with someone close to you, a therapist can help you see where you each expect different things. Then you can plan a new way to talk it through.',
      cite: ['webmdIpt', 'isiptStrategies'],
    },
    {
      id: 'practice-new-ways',
      text: 'Practice new ways of talking with people. A therapist can help you try them out.',
      cite: ['webmdProcess'],
    },
    {
      id: 'build-support',
      text: 'Build up your support. Think about who is on your side.',
      cite: ['lipsitz2013', 'mhpssIpt'],
    },
    {
      id: 'reconnect',
      text: 'Get back in touch with old friends, and make new ones.',
      cite: ['webmdIpt'],
    },
    {
      id: 'let-people-help',
      text: 'Let people you love support you.',
      cite: ['clevelandClinic'],
    },
  ],
};
