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
        'A 2016 review looked at 90 studies with more than 11,000 people. It covered IPT for many mental health problems. For depression, IPT did better than control groups who did not get IPT. It worked about as well as other talk therapies and as medicine. IPT plus medicine worked better than IPT alone.',
      limits: 'Most of the studies had some flaws in how they were done. So the results may look better than they truly are.',
      cite: ['cuijpers2016', 'cuijpers2017'],
    },
    {
      id: 'review-2011',
      label: 'Earlier review, 2011',
      finding:
        'A 2011 review looked at 38 studies. In 16 of them, IPT was compared with control groups who did not get IPT. IPT did better: for about every 3 people who had IPT, one more person got better. Compared with other talk therapies, IPT did about the same.',
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
        'One study followed 120 new mothers with depression. Some had 12 weeks of IPT. The rest waited for care. After IPT, 37.5% were well: close to 4 in 10. While waiting, 13.7% were well: about 1 in 7. The authors see IPT as a choice instead of medicine, mainly for mothers who breastfeed.',
      limits:
        'This was one study. IPT was compared with waiting, not with another treatment. Most mothers in the IPT group had not fully recovered after 12 weeks.',
      cite: ['ohara2000'],
    },
    {
      id: 'uganda-trial',
      label: 'Group IPT in Uganda, 2003 and 2006',
      finding:
        'In rural Uganda, group IPT was tested in 30 villages. Groups met each week for 16 weeks. At a check six months later, 11.7% of people in the IPT groups still had major depression (a serious form of depression). In the other group, it was 54.9%.',
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
