import type { AreaId, QuizContent, QuizStatement } from '../types.js';

const w = (main: AreaId, also: Partial<Record<AreaId, number>> = {}): Record<AreaId, number> => ({
  grief: 0,
  disputes: 0,
  'role-transitions': 0,
  isolation: 0,
  ...also,
  [main]: 1,
});

/**
 * Reflection statements. Each points mainly to one problem area (weight 1). They are interleaved so
 * every run of four touches all four themes (no block of statements about a death), each asks one
 * thing, and each starts with the same time frame, "Lately". No blame, no jargon, nothing about self-harm.
 */
export const quizStatements: readonly QuizStatement[] = [
  { id: 'transitions-big-change', text: 'Lately, I have been getting used to a big change, like a move or a new job.', weights: w('role-transitions') },
  { id: 'disputes-same-argument', text: 'Lately, I keep having the same argument with someone close to me.', weights: w('disputes') },
  { id: 'isolation-few-people', text: 'Lately, I have few people I can turn to.', weights: w('isolation') },
  { id: 'grief-thinking-of-loss', text: 'Lately, I keep thinking about someone close to me who died.', weights: w('grief') },
  { id: 'transitions-hard-change', text: 'Lately, a change in my life, such as in my health or money, has been hard for me.', weights: w('role-transitions') },
  { id: 'disputes-expect-different', text: 'Lately, someone important to me and I want different things from each other.', weights: w('disputes') },
  { id: 'isolation-lonely', text: 'Lately, I have often felt lonely.', weights: w('isolation') },
  { id: 'grief-mood-after-loss', text: 'Lately, my mood has been low since someone I love died.', weights: w('grief', { 'role-transitions': 0.25 }) },
  { id: 'disputes-tension', text: 'Lately, tension with someone in my life has weighed on me.', weights: w('disputes') },
  { id: 'transitions-miss-before', text: 'Lately, I miss how my life was before a change.', weights: w('role-transitions', { grief: 0.25 }) },
  { id: 'isolation-hard-to-make-friends', text: 'Lately, I find it hard to make close friends.', weights: w('isolation') },
  { id: 'grief-stuck', text: 'Lately, my grief for someone who died feels stuck.', weights: w('grief') },
  { id: 'isolation-not-close', text: 'Lately, my relationships do not feel as close as I would like.', weights: w('isolation', { disputes: 0.25 }) },
  { id: 'disputes-hard-to-say', text: 'Lately, I find it hard to say what I need to someone I disagree with.', weights: w('disputes', { isolation: 0.25 }) },
  { id: 'transitions-new-role', text: 'Lately, a new role in my life feels hard to settle into.', weights: w('role-transitions') },
  { id: 'grief-keep-busy', text: 'Lately, I keep busy so I do not have to feel my grief.', weights: w('grief') },
];

export const quiz: QuizContent = {
  intro: [
    {
      text: 'This quiz is for learning only. It is not a test for depression. It cannot give you a diagnosis.',
      cite: ['mhaScreening'],
    },
    {
      text: 'It also cannot say which therapy would suit you. In IPT, the focus is set with a trained therapist, after a careful look at your life.',
      cite: ['isiptStrategies', 'iptUkStages'],
    },
    {
      text: 'Each sentence starts with "Lately". That means the past few weeks, because IPT looks at problems in your life now. Pick how much each one sounds like you.',
      cite: ['rajhans2020'],
    },
  ],
  stopNote: {
    text: 'If you feel upset while you answer, stop. Talk to a health professional.',
    cite: ['bbcMood'],
  },
  answers: [
    { value: 0, label: 'Not at all' },
    { value: 1, label: 'A little' },
    { value: 2, label: 'Quite a bit' },
    { value: 3, label: 'A lot' },
  ],
  skipLabel: "I'd rather not say",
  statements: quizStatements,
  resultNote: {
    text: 'Your answers may point to themes that fit your life right now. They are not a score or a result. You could talk about them with a doctor, a therapist or someone you trust.',
    cite: ['mhaScreening'],
  },
  severalNote: {
    text: 'Your answers touch on several themes. That can happen when a lot is going on at once. It may help to talk with a doctor, a therapist or someone you trust soon, and not to carry this alone.',
    cite: ['mhaScreening'],
  },
};
