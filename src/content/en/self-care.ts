import type { SelfCareContent, SelfCareGroupId } from '../types.js';

export const SELF_CARE_GROUP_IDS = ['daily-rhythm', 'body', 'connection', 'care'] as const satisfies readonly SelfCareGroupId[];

/** Self-care and staying well. Items support professional care; they do not replace it. */
export const selfCare: SelfCareContent = {
  intro: [
    {
      text: 'Small daily steps can help you cope with low mood. The NHS, and NICE, which writes UK health guidance, suggest steps like these.',
      cite: ['nhsCoping', 'nice2022'],
    },
  ],
  note: 'These steps can support care from a health professional. They do not replace it.',
  groups: [
    { id: 'daily-rhythm', name: 'Daily rhythm' },
    { id: 'body', name: 'Body' },
    { id: 'connection', name: 'People and things you enjoy' },
    { id: 'care', name: 'Getting care' },
  ],
  items: [
    {
      id: 'get-up-usual-time',
      group: 'daily-rhythm',
      label: 'Get up at your usual time',
      why: 'The NHS suggests keeping to a routine.',
      cite: ['nhsCoping'],
    },
    {
      id: 'regular-meals',
      group: 'daily-rhythm',
      label: 'Eat meals at regular times',
      why: 'Regular meals are part of a steady daily routine.',
      cite: ['nhsCoping'],
    },
    {
      id: 'enough-sleep',
      group: 'daily-rhythm',
      label: 'Get enough sleep',
      why: 'A mental health group advises at least 7 hours a night for adults.',
      cite: ['nice2022', 'apaFoundation'],
    },
    {
      id: 'calm-bedroom',
      group: 'daily-rhythm',
      label: 'Keep your bedroom dark, quiet and free of screens',
      why: 'This is advised to help you sleep well.',
      cite: ['apaFoundation'],
    },
    {
      id: 'small-goals',
      group: 'daily-rhythm',
      label: 'Set small goals you can reach',
      why: 'Break big tasks into small steps.',
      cite: ['nimhSelfHelp'],
    },
    {
      id: 'delay-big-decisions',
      group: 'daily-rhythm',
      label: 'Put off big life choices until you feel better',
      why: 'Experts suggest waiting until your mood lifts.',
      cite: ['nimhSelfHelp'],
    },
    {
      id: 'move-regularly',
      group: 'body',
      label: 'Move your body often',
      why: 'Walking, swimming, dancing and gardening all count. Being outside may help more.',
      cite: ['nice2022', 'nhsCoping'],
    },
    {
      id: 'start-gently',
      group: 'body',
      label: 'Start gently, with a 20-minute walk a day',
      why: 'The NHS suggests starting small.',
      cite: ['nhsCoping'],
    },
    {
      id: 'go-easy-on-alcohol',
      group: 'body',
      label: 'Go easy on alcohol',
      why: 'Alcohol can make depression worse.',
      cite: ['nice2022', 'nhsCoping'],
    },
    {
      id: 'healthy-food',
      group: 'body',
      label: 'Eat a healthy diet',
      why: 'Good food is part of NHS and NICE advice.',
      cite: ['nice2022', 'nhsCoping'],
    },
    {
      id: 'stay-in-touch',
      group: 'connection',
      label: 'Stay in touch with people',
      why: 'Keeping in contact is a common tip for coping with low mood.',
      cite: ['nhsCoping', 'nimhSelfHelp'],
    },
    {
      id: 'talk-to-someone',
      group: 'connection',
      label: 'Talk to someone you trust',
      why: 'The NHS and NIMH both suggest sharing how you feel.',
      cite: ['nhsCoping', 'nimhSelfHelp'],
    },
    {
      id: 'do-things-you-enjoyed',
      group: 'connection',
      label: 'Do things you used to enjoy',
      why: 'Try them even if you do not feel like it at first.',
      cite: ['nimhSelfHelp'],
    },
    {
      id: 'face-hard-things',
      group: 'connection',
      label: 'Try not to avoid things you find hard',
      why: 'The NHS lists this as a way to cope with low mood.',
      cite: ['nhsCoping'],
    },
    {
      id: 'check-mood',
      group: 'care',
      label: 'Check in on your mood from time to time',
      why: 'Some people find it useful to keep track of how they feel.',
      cite: ['nice2022'],
    },
    {
      id: 'seek-help-if-still-low',
      group: 'care',
      label: 'Get help if you still feel low after a couple of weeks',
      why: 'A doctor or other health worker can check what is going on.',
      cite: ['nhsCoping'],
    },
    {
      id: 'keep-to-plan',
      group: 'care',
      label: 'Work with your provider and keep to your plan',
      why: 'A health system gives this advice to its patients.',
      cite: ['baycare'],
    },
    {
      id: 'know-crisis-numbers',
      group: 'care',
      label: 'Know who to call in a crisis',
      why: 'Have the numbers ready before you need them.',
      cite: ['baycare'],
    },
  ],
};
