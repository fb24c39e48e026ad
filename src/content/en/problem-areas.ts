import type { ProblemAreasContent } from '../types.js';

export const problemAreas: ProblemAreasContent = {
  intro: [
    {
      text: 'IPT has four problem areas. After the first sessions, your therapist picks one area as the focus and agrees it with you. It guides the work. It is not a label for you.',
      cite: ['isiptStrategies', 'webmdProcess'],
    },
  ],
  areas: [
    {
      id: 'grief',
      name: 'Grief',
      clinicalName: 'Grief (complicated bereavement)',
      summary: {
        text: 'In IPT, grief means the loss of someone through death. It is the focus when depression starts, or keeps going, after someone close to you dies.',
        cite: ['webmdIpt', 'isiptStrategies'],
      },
      situations: [
        {
          text: 'Someone close to you died, and your mood dropped around that time.',
          cite: ['isiptStrategies'],
        },
        {
          text: 'Your grief seems delayed.',
          cite: ['webmdIpt'],
        },
        {
          text: 'Your grief feels much stronger, or lasts much longer, than usual.',
          cite: ['webmdIpt'],
        },
      ],
      focus: [
        {
          text: 'The therapist listens with care. They help you make sense of the loss.',
          cite: ['webmdIpt'],
        },
        {
          text: 'Group IPT urges members to mourn what they lost.',
          cite: ['mhpssIpt'],
        },
        {
          text: 'The aim is to help you grieve, so that in time you can move forward.',
          cite: ['webmdIpt'],
        },
      ],
    },
    {
      id: 'disputes',
      name: 'Conflict with someone',
      clinicalName: 'Interpersonal disputes (role disputes)',
      summary: {
        text: 'A dispute is an unhappy relationship. The two people expect different things from each other. It can be with a partner, family or friends, or at school or work.',
        cite: ['isiptStrategies', 'webmdIpt'],
      },
      situations: [
        {
          text: 'You and a partner, parent or friend want different things from each other.',
          cite: ['isiptStrategies'],
        },
        {
          text: 'There is ongoing strain with someone at school or at work.',
          cite: ['webmdIpt'],
        },
        {
          text: 'A close bond at home or in your family feels tense and unhappy.',
          cite: ['webmdIpt', 'isiptStrategies'],
        },
      ],
      focus: [
        {
          text: 'The therapist helps you see how serious the conflict is. You look at where the mix-ups come from.',
          cite: ['webmdIpt'],
        },
        {
          text: 'You work on solving problems and on better ways to talk things through.',
          cite: ['webmdIpt'],
        },
        {
          text: 'You may go over a recent talk step by step. You may also act out new ways to speak, so you can practice.',
          cite: ['rajhans2020', 'webmdProcess'],
        },
      ],
    },
    {
      id: 'role-transitions',
      name: 'Life changes',
      clinicalName: 'Role transitions',
      summary: {
        text: 'A role transition is a big life change that is hard to cope with. The change often feels like a loss.',
        cite: ['isiptStrategies', 'webmdIpt'],
      },
      situations: [
        {
          text: 'A change at work, or a change in your money.',
          cite: ['isiptStrategies'],
        },
        {
          text: 'A change in your relationship status, such as a new partner or a breakup.',
          cite: ['isiptStrategies'],
        },
        {
          text: 'A change in your health, or in where and how you live.',
          cite: ['isiptStrategies'],
        },
      ],
      focus: [
        {
          text: 'You compare your old role and your new one. You pin down what makes the change hard.',
          cite: ['webmdIpt'],
        },
        {
          text: 'Then you work out ways to cope with the new role.',
          cite: ['webmdIpt'],
        },
        {
          text: 'Group IPT also works on life changes that affect your roles and relationships.',
          cite: ['mhpssIpt'],
        },
      ],
    },
    {
      id: 'isolation',
      name: 'Loneliness',
      clinicalName: 'Interpersonal deficits, sensitivities or isolation',
      summary: {
        text: 'This area is about having few relationships, or ones that do not feel good. It also covers loneliness and being cut off from others.',
        cite: ['webmdIpt', 'mhpssIpt'],
      },
      situations: [
        {
          text: 'You have few people to turn to.',
          cite: ['webmdIpt'],
        },
        {
          text: 'Your relationships do not feel close or good to you.',
          cite: ['webmdIpt'],
        },
        {
          text: 'You feel lonely or cut off from others.',
          cite: ['mhpssIpt'],
        },
      ],
      focus: [
        {
          text: 'You look at past relationships for patterns that get in the way. One example is leaning on others too much.',
          cite: ['webmdIpt'],
        },
        {
          text: 'How you get on with your therapist can give clues too. Then you work on changing those patterns.',
          cite: ['webmdIpt'],
        },
        {
          text: 'You practice ways to start and build new relationships.',
          cite: ['webmdIpt'],
        },
      ],
    },
  ],
};
