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
        'A 2016 review pooled 90 studies with more than 11,000 people. IPT eased depression more than the groups it was compared with. It worked about as well as other talk therapies and as medicine. IPT plus medicine worked better than IPT alone.',
      limits: 'Most of the studies had some risk of bias. So the results may look better than they truly are.',
      cite: ['cuijpers2016', 'cuijpers2017'],
    },
    {
      id: 'review-2011',
      label: 'Earlier review, 2011',
      finding:
        'A 2011 review pooled 38 studies. IPT did better than the groups it was compared with. For about every 3 people who had IPT, one more person got better than in those groups.',
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
        'The good effects have been overstated. Some trials were of low quality, and some results that were less good were never published.',
      cite: ['cuijpers2017'],
    },
    {
      id: 'postpartum-2000',
      label: 'New mothers, 2000',
      finding:
        'In one study, 120 new mothers with depression had 12 weeks of IPT or were put on a waiting list. Close to 4 in 10 (37.5%) got well with IPT. About 1 in 7 (13.7%) got well while waiting. The authors say IPT is an option besides medicine, mainly for mothers who breastfeed.',
      limits:
        'This was one study. IPT was compared with waiting, not with another treatment. Most mothers in the IPT group had not fully recovered after 12 weeks.',
      cite: ['ohara2000'],
    },
    {
      id: 'uganda-trial',
      label: 'Group IPT in Uganda, 2003 and 2006',
      finding:
        'In rural Uganda, group IPT was tested in 30 villages. Groups met each week for 16 weeks. At a check six months later, 11.7% of people in the IPT groups still had major depression. In the other group, it was 54.9%.',
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
        'These are the views of people in the area, not measured results. The authors say the changes cannot be put down to IPT alone.',
      cite: ['lewandowski2016'],
    },
    {
      id: 'perinatal-prevention',
      label: 'Before and after birth, 2019',
      finding:
        'A US expert panel looked at how to prevent depression in pregnancy and after birth. It found strong evidence that counseling helps people at higher risk. IPT is one kind of counseling it named.',
      limits: 'This is about preventing depression in pregnant people and new parents. It does not cover everyone.',
      cite: ['uspstf2019'],
    },
    {
      id: 'nice-guideline',
      label: 'UK guidance, 2022',
      finding:
        'UK guidance from NICE lists IPT as an option for less severe depression. It is for people who do not want some other talk therapies. NICE found IPT was good value for money.',
      limits: 'NICE says most people with milder depression should try guided self-help first.',
      cite: ['nice2022'],
    },
  ],
  balance: [
    {
      text: 'IPT does not help everyone. If it does not help you, you should be offered a different treatment that works.',
      cite: ['iptTermination2021'],
    },
    {
      text: 'Study results describe groups of people, not one person. Some results have also been too hopeful. Other talk therapies and medicine can work too.',
      cite: ['cuijpers2017'],
    },
  ],
};
