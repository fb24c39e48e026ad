import type { WhatContent } from '../types.js';

/** What IPT is. The first two blocks explain "interpersonal" and "depression". */
export const what: WhatContent = {
  intro: [
    {
      text: 'Interpersonal therapy, or IPT, is a kind of talk therapy. "Interpersonal" means between people. So IPT looks at your relationships and the roles you play in life.',
      cite: ['webmdIpt', 'clevelandClinic'],
    },
    {
      text: 'IPT is used for depression. "Depression" here means an illness that affects your mood. A trained health worker checks for it with a set list of signs. It can also change how you get along with others.',
      cite: ['iptUkStages', 'webmdIpt'],
    },
    {
      text: 'IPT helps you see how your mood and your relationships are linked. It aims to ease your symptoms by making your relationships better. Part of the work is learning to lean on people you trust.',
      cite: ['clevelandClinic', 'iptUkStages'],
    },
    {
      text: 'Problems with people do not cause depression on their own. But depression happens in your life with others. It can strain your relationships and your roles.',
      cite: ['webmdIpt'],
    },
    {
      text: 'IPT is short and has a clear focus. It works on problems in your life now. The therapist follows a set plan written down in a manual.',
      cite: ['webmdIpt', 'rajhans2020'],
    },
  ],
  origin: [
    {
      text: 'IPT began at Yale University around 1970. It grew out of a study of how to treat depression. The study tested a drug with and without talk therapy.',
      cite: ['weissman2020'],
    },
    {
      text: 'Gerald Klerman, a psychiatrist, and Myrna Weissman, a social worker, led the early work. That was in the early 1970s.',
      cite: ['isiptHome'],
    },
    {
      text: 'IPT has been tested a lot since then. By 2017, there had been at least 133 trials of IPT around the world.',
      cite: ['weissman2020'],
    },
  ],
  format: [
    {
      text: 'The usual plan is 12 to 16 weekly sessions. Each one lasts about 45 to 50 minutes. You and your therapist agree on the number of sessions at the start.',
      cite: ['isiptStrategies', 'clevelandClinic'],
    },
    {
      text: 'Some plans are shorter, such as 8 sessions. Some add a few more weeks, based on how you are doing.',
      cite: ['isiptStrategies', 'webmdProcess'],
    },
    {
      text: 'IPT can be one to one or in a group. It has also been given by phone and by computer. Groups can meet in person or from afar.',
      cite: ['weissman2020', 'mhpssIpt'],
    },
  ],
  whoDelivers: [
    {
      text: 'Many kinds of trained staff can give IPT. They include psychiatrists, psychologists, nurses and social workers. Occupational therapists and trained lay health workers can too.',
      cite: ['ravitz2014'],
    },
    {
      text: 'The World Health Organization made an 8-session group version. Helpers with no past mental health training can lead it, with a supervisor.',
      cite: ['whoGroupIpt'],
    },
    {
      text: 'There is a version of IPT for teens. IPT has also been tested with new mothers, and it has been used in many cultures.',
      cite: ['ravitz2014', 'ohara2000'],
    },
  ],
};
