import type { ProcessContent } from '../types.js';

/** What happens in IPT, phase by phase, and staying well afterwards. */
export const iptProcess: ProcessContent = {
  intro: [
    {
      text: 'IPT has three phases. First you and your therapist get a clear picture. Then you work on one problem area. At the end, you plan how to stay well.',
      cite: ['iptUkStages', 'stuartRobertson2012', 'iptTermination2021'],
    },
  ],
  phases: [
    {
      id: 'first-sessions',
      name: 'First sessions',
      when: 'About sessions 1 to 4',
      happens: [
        {
          text: 'The first few sessions are for getting to know your situation. In one common plan, this takes about four sessions.',
          cite: ['iptUkStages'],
        },
        {
          text: 'Your therapist checks your depression and explains how IPT works.',
          cite: ['webmdProcess'],
        },
        {
          text: 'Your provider may also suggest that you take medicine as well.',
          cite: ['clevelandClinic'],
        },
      ],
      assess: [
        {
          text: 'A full history of your mental health.',
          cite: ['iptUkStages'],
        },
        {
          text: 'Whether you have depression, using a standard list of signs.',
          cite: ['iptUkStages'],
        },
        {
          text: 'The key people in your life, and how those relationships are going. This review is called the interpersonal inventory.',
          cite: ['iptUkStages', 'isiptStrategies'],
        },
        {
          text: 'Who supports you, and who you share private things with.',
          cite: ['isiptStrategies'],
        },
        {
          text: 'Your love life, and how you tend to talk with people.',
          cite: ['isiptStrategies'],
        },
        {
          text: 'Problems with people that may be a cause or a result of the depression.',
          cite: ['isiptStrategies'],
        },
        {
          text: 'Changes in your relationships around the time your symptoms began.',
          cite: ['iptUkStages'],
        },
      ],
      goals: [
        {
          text: 'Link the depression to what is going on with the people in your life.',
          cite: ['iptUkStages'],
        },
        {
          text: 'Choose one problem area as the focus.',
          cite: ['iptUkStages', 'isiptStrategies'],
        },
        {
          text: 'Agree on a plan, with a set number of sessions. The plan ties the problem area to the depression.',
          cite: ['iptUkStages', 'isiptStrategies', 'rajhans2020'],
        },
      ],
    },
    {
      id: 'middle',
      name: 'Middle sessions',
      when: 'Most of the sessions',
      happens: [
        {
          text: 'Each session starts with a simple question. How have you been since last time?',
          cite: ['iptUkStages'],
        },
        {
          text: 'You talk about the past week. You look at events tied to your problem area.',
          cite: ['iptUkStages'],
        },
        {
          text: 'Your therapist helps you link changes in mood to things that happen with people. You look at themes that keep coming up, and at the feelings involved.',
          cite: ['iptUkStages'],
        },
        {
          text: 'At least eight sessions are spent on this. You and your therapist keep to the focus you chose. This may feel new if you are used to a more open style of therapy.',
          cite: ['webmdProcess'],
        },
      ],
      goals: [
        {
          text: 'Feel better soon, and get along better in your daily roles.',
          cite: ['webmdIpt'],
        },
        {
          text: 'Get more support from the people around you.',
          cite: ['iptInstitute'],
        },
        {
          text: 'Reach the goals for your problem area. One example is to compare your old and new roles.',
          cite: ['webmdIpt'],
        },
      ],
      techniques: [
        {
          name: 'Supportive listening',
          text: 'The therapist listens closely and with care.',
          cite: ['webmdProcess'],
        },
        {
          name: 'Clarification',
          text: 'The therapist helps you see a situation more clearly, past your own blind spots.',
          cite: ['webmdProcess'],
        },
        {
          name: 'Linking mood and events',
          text: 'You connect shifts in your mood to things that happen with people.',
          cite: ['iptUkStages'],
        },
        {
          name: 'Communication analysis',
          text: 'You go over a recent talk step by step. You look for where it went wrong.',
          cite: ['rajhans2020'],
        },
        {
          name: 'Problem-solving',
          text: 'You look at a problem with someone and work out steps to deal with it.',
          cite: ['webmdIpt'],
        },
        {
          name: 'Role play',
          text: 'You practice new ways of talking with people.',
          cite: ['webmdProcess'],
        },
      ],
    },
    {
      id: 'ending',
      name: 'Ending',
      when: 'The last few sessions',
      happens: [
        {
          text: 'The last phase is about ending treatment well.',
          cite: ['iptUkStages'],
        },
        {
          text: 'You look back at the changes you made. If you feel better, you talk about what helped.',
          cite: ['iptTermination2021'],
        },
        {
          text: 'Ending can bring up feelings, and you talk about them. The ending itself is seen as a change in roles.',
          cite: ['iptTermination2021'],
        },
        {
          text: 'If you have not improved, your therapist should offer you another kind of treatment.',
          cite: ['iptTermination2021'],
        },
      ],
      goals: [
        {
          text: 'Keep the gains you have made.',
          cite: ['iptTermination2021'],
        },
        {
          text: 'Talk about care after IPT, to help you stay well.',
          cite: ['stuartRobertson2012', 'iptTermination2021'],
        },
      ],
    },
  ],
  maintenance: [
    {
      text: 'Finishing IPT often closes the weekly work, but it does not have to cut all ties. Many people plan to check in again later.',
      cite: ['stuartRobertson2012'],
    },
    {
      text: 'Your therapist should talk with you about ongoing care. You may agree on a new plan of ongoing IPT sessions.',
      cite: ['stuartRobertson2012', 'iptTermination2021'],
    },
    {
      text: 'In studies, ongoing IPT lowered the chance that depression came back.',
      cite: ['cuijpers2016'],
    },
    {
      text: 'One study looked at women who got well with IPT alone. Of those who kept up ongoing IPT for two years, about 1 in 4 had depression come back.',
      cite: ['frank2007'],
    },
    {
      text: 'For women who had needed medicine to get well, IPT alone helped less. Half of those who stayed in the study had depression come back.',
      cite: ['frank2007'],
    },
    {
      text: 'In a study of people aged 70 and over, ongoing IPT did not add protection. Staying on medicine did.',
      cite: ['reynolds2006'],
    },
    {
      text: 'Some people keep taking medicine to stay well. One review found that adding IPT made it less likely that depression came back.',
      cite: ['cuijpers2011'],
    },
  ],
};
