import type { EvidenceContent } from '../types.js';

/**
 * What research shows, in plain words, each with its limits.
 * No testimonials: group results from trials and reviews only.
 */
export const evidence: EvidenceContent = {
  intro: [
    {
      text: 'IPT has been tested in many studies around the world. Here are some of the main results, with their limits.',
      cite: ['weissman2020'],
    },
  ],
  items: [
    {
      id: 'review-2016',
      label: 'Large review, 2016',
      finding:
        'A 2016 review pulled together 90 studies with more than 11,000 people. It looked at IPT for many mental health problems. For depression, IPT worked better than control groups. IPT did about as well as other talk therapies. It also did about as well as medicine. IPT plus medicine did better than IPT alone.',
      limits: 'Most of the studies had some flaws in how they were done. But the review found little sign that these flaws changed its results.',
      cite: ['cuijpers2016'],
    },
    {
      id: 'review-2011',
      label: 'Earlier review, 2011',
      finding:
        'A 2011 review looked at 38 studies. In 16 of them, IPT was compared with control groups. More people got better with IPT. For about every 3 people who had IPT, 1 more got better than in the control groups. IPT did about as well as other talk therapies.',
      limits:
        'In this review, medicine worked a little better than IPT. There were too few studies to tell if IPT plus medicine beats IPT alone.',
      cite: ['cuijpers2011'],
    },
    {
      id: 'overview-2017',
      label: 'Forty years of research, 2017',
      finding:
        'A look back over four decades found that the main talk therapies for depression all work. IPT is one of them. None was clearly better than the others. Talk therapy and medicine work about as well as each other. Both together work better than one alone.',
      limits:
        'The good effects of talk therapy may be smaller than they looked. Some trials were not done well. Some studies with weaker results were never published.',
      cite: ['cuijpers2017'],
    },
    {
      id: 'postpartum-2000',
      label: 'New mothers, 2000',
      finding:
        'One study followed 120 new mothers with depression. Some had 12 weeks of IPT. The rest waited for care. 99 mothers stayed to the end. Of those who had IPT, 37.5% were well: close to 4 in 10. Of those who waited, 13.7% were well: about 1 in 7. The authors see IPT as a choice instead of medicine, mainly for mothers who breastfeed.',
      limits:
        'This was one study. IPT was compared with waiting, not with another treatment. Most mothers in the IPT group had not fully recovered after 12 weeks.',
      cite: ['ohara2000'],
    },
    {
      id: 'uganda-trial',
      label: 'Group IPT in Uganda, 2003 and 2006',
      finding:
        'In rural Uganda, group IPT was tested in 30 villages. Groups met each week for 16 weeks. Six months later, 11.7% of people in the IPT groups still had major depression. That is a serious form of depression. In the other groups, 54.9% still had it.',
      limits:
        'This was one trial, in one area. We only report the results from six months after the groups ended.',
      cite: ['bolton2003', 'bass2006'],
    },
    {
      id: 'uganda-views',
      label: 'What people in Uganda said, 2016',
      finding:
        'Later, people in the same area were asked about group IPT. They linked it with better school attendance, more work done, and better family life. They said group members became more hopeful.',
      limits:
        'These are the views of people in the area, not measured results. The authors point out that other things may also have led to these changes.',
      cite: ['lewandowski2016'],
    },
    {
      id: 'perinatal-prevention',
      label: 'Before and after birth, 2019',
      finding:
        'A US expert panel looked at ways to prevent depression in pregnancy and after birth. It found strong evidence that counseling helps. This was for people at higher risk who are pregnant or have just had a baby. IPT is one kind of counseling it named.',
      limits: 'This is only about preventing depression in pregnancy and after birth. It does not cover everyone.',
      cite: ['uspstf2019'],
    },
    {
      id: 'nice-guideline',
      label: 'UK guidance, 2022',
      finding:
        'UK guidance from NICE lists IPT as an option for less severe depression. It is for people who do not want some other talk therapies. NICE found some evidence that IPT helps, and that it is good value for money.',
      limits: 'NICE says most people with milder depression should try guided self-help first.',
      cite: ['nice2022'],
    },
  ],
  balance: [
    {
      text: 'IPT does not help everyone. A guide for therapists says that people who do not get better should be offered another kind of treatment.',
      cite: ['iptTermination2021'],
    },
    {
      text: 'Study results describe groups of people, not one person. Some results have also been too hopeful. Other talk therapies and medicine can work too.',
      cite: ['cuijpers2017'],
    },
  ],
};
