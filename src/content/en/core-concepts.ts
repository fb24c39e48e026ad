import type { CoreConcept } from '../types.js';

/** Key ideas behind IPT. */
export const coreConcepts: readonly CoreConcept[] = [
  {
    id: 'here-and-now',
    name: 'A focus on now',
    blocks: [
      {
        text: 'IPT looks at problems in your life right now. It works on the ones linked to depression in the present.',
        cite: ['rajhans2020'],
      },
      {
        text: 'In most sessions, you talk about the past week. You look at what happened with people and how you felt.',
        cite: ['iptUkStages'],
      },
    ],
  },
  {
    id: 'both-ways',
    name: 'Mood and relationships affect each other',
    blocks: [
      {
        text: 'Depression can put a strain on your relationships and your roles in life.',
        cite: ['webmdIpt'],
      },
      {
        text: 'It works the other way too. When relationships get better, symptoms can ease. IPT helps you see the link between changes in mood and events with people.',
        cite: ['clevelandClinic', 'iptUkStages'],
      },
    ],
  },
  {
    id: 'time-limit',
    name: 'A set time limit',
    blocks: [
      {
        text: 'IPT has an end date. You and your therapist agree on the number of sessions at the start.',
        cite: ['isiptStrategies'],
      },
      {
        text: 'The number of sessions can change to fit you. Still, you settle on it together at the start, as part of a shared plan.',
        cite: ['isiptStrategies', 'iptUkStages'],
      },
    ],
  },
  {
    id: 'sick-role',
    name: 'The "sick role"',
    blocks: [
      {
        text: 'Early on, your therapist treats depression as an illness. This is called the "sick role." For a while, you can do less of what others expect of you. In return, you work on getting well.',
        cite: ['iptUkStages'],
      },
      {
        text: 'It also means you take an active part in getting well. Your therapist helps you with this.',
        cite: ['iptUkStages'],
      },
    ],
  },
  {
    id: 'one-focus',
    name: 'One clear focus',
    blocks: [
      {
        text: 'In the first sessions, you and your therapist list problems with people and rank them.',
        cite: ['webmdProcess'],
      },
      {
        text: 'Then you agree on a focus. Most often it is one of the four problem areas, sometimes two. The work stays on that focus.',
        cite: ['isiptStrategies', 'webmdProcess'],
      },
    ],
  },
];
