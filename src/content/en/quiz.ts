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
 * Reflection statements. Each points mainly to one problem area (weight 1).
 * No blame, no jargon, nothing about self-harm.
 */
export const quizStatements: readonly QuizStatement[] = [
  { id: 'grief-thinking-of-loss', text: 'Lately, I keep thinking about someone close to me who has passed away.', weights: w('grief') },
  { id: 'grief-mood-after-loss', text: 'My mood dropped after the loss of someone I love.', weights: w('grief', { 'role-transitions': 0.25 }) },
  { id: 'grief-on-hold', text: 'My grief for someone feels stuck, or on hold.', weights: w('grief') },
  { id: 'grief-still-heavy', text: 'Lately, my grief feels heavier or longer than I expected.', weights: w('grief') },
  { id: 'disputes-same-argument', text: 'Lately, I keep having the same argument with someone close to me.', weights: w('disputes') },
  { id: 'disputes-expect-different', text: 'Someone important to me and I want different things from each other.', weights: w('disputes') },
  { id: 'disputes-tension', text: 'In the past few weeks, tension with someone at home, school or work has weighed on me.', weights: w('disputes') },
  { id: 'disputes-hard-to-say', text: 'Lately, I find it hard to say what I need to someone I disagree with.', weights: w('disputes', { isolation: 0.25 }) },
  { id: 'transitions-big-change', text: 'Lately, I have been getting used to a big change, like a move or a new job.', weights: w('role-transitions') },
  { id: 'transitions-health-money-home', text: 'A change in my health, money or home has been hard for me lately.', weights: w('role-transitions') },
  { id: 'transitions-miss-before', text: 'I miss how my life was before a recent change.', weights: w('role-transitions', { grief: 0.25 }) },
  { id: 'transitions-new-role', text: 'Lately, a new role in my life feels hard to settle into.', weights: w('role-transitions') },
  { id: 'isolation-few-people', text: 'Lately, I have few people I can turn to.', weights: w('isolation') },
  { id: 'isolation-lonely', text: 'In the past few weeks, I have often felt lonely.', weights: w('isolation') },
  { id: 'isolation-hard-to-keep-friends', text: 'I find it hard to make or keep close friends.', weights: w('isolation') },
  { id: 'isolation-not-close', text: 'Lately, my relationships do not feel as close as I would like.', weights: w('isolation', { disputes: 0.25 }) },
];

export const quiz: QuizContent = {
  intro: [
    {
      text: 'This quiz is for learning only. It is not a test for depression. It cannot give you a diagnosis.',
      cite: ['mhaScreening', 'nhsMoodCheck'],
    },
    {
      text: 'It also cannot say which therapy would suit you. In IPT, the focus is set with a trained therapist, after a careful look at your life.',
      cite: ['isiptStrategies', 'iptUkStages'],
    },
    {
      text: 'Think about the past few weeks. For each sentence, pick how much it sounds like you.',
      cite: ['nhsMoodCheck'],
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
  statements: quizStatements,
  resultNote: {
    text: 'Your answers may point to themes that fit your life right now. They are not a score or a result. You could talk about them with a doctor, a therapist or someone you trust.',
    cite: ['mhaScreening', 'nhsMoodCheck'],
  },
};
