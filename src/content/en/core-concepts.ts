import type { CoreConcept } from '../types.js';

/** Key ideas behind IPT. */
export const coreConcepts: readonly CoreConcept[] = [
  {
    id: 'here-and-now',
    name: 'A focus on now',
    blocks: [
      {
        text: 'IPT looks at problems in your life right now. These are problems linked to the depression you have now.',
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
        text: 'Early on, your therapist treats depression as an illness. This is called the "sick role." It means you can ease off some demands for a while. In return, you work on getting better.',
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
    name: 'One problem area at a time',
    blocks: [
      {
        text: 'In the first sessions, you and your therapist list problems with people. You rank them and pick one or two to work on.',
        cite: ['webmdProcess'],
      },
      {
        text: 'After this check, the therapist picks one of four problem areas as the focus. The work stays on that area.',
        cite: ['isiptStrategies', 'webmdProcess'],
      },
    ],
  },
];
