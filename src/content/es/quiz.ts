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
 * Frases para reflexionar. Mismos ids, pesos y orden que en inglés. Cada una empieza con la misma
 * palabra de tiempo, "Últimamente", pregunta una sola cosa y no usa adjetivos con género.
 */
export const quizStatements: readonly QuizStatement[] = [
  { id: 'transitions-big-change', text: 'Últimamente, me estoy adaptando a un gran cambio, como una mudanza o un trabajo nuevo.', weights: w('role-transitions') },
  { id: 'disputes-same-argument', text: 'Últimamente, tengo la misma discusión una y otra vez con alguien cercano.', weights: w('disputes') },
  { id: 'isolation-few-people', text: 'Últimamente, tengo poca gente a la que acudir.', weights: w('isolation') },
  { id: 'grief-thinking-of-loss', text: 'Últimamente, pienso mucho en alguien cercano que murió.', weights: w('grief') },
  { id: 'transitions-hard-change', text: 'Últimamente, me cuesta llevar un cambio en mi vida, como en la salud o el dinero.', weights: w('role-transitions') },
  { id: 'disputes-expect-different', text: 'Últimamente, alguien que me importa y yo no esperamos lo mismo de la relación.', weights: w('disputes') },
  { id: 'isolation-lonely', text: 'Últimamente, a menudo me pesa la soledad.', weights: w('isolation') },
  { id: 'grief-mood-after-loss', text: 'Últimamente, tengo el ánimo bajo desde que murió alguien a quien quiero.', weights: w('grief', { 'role-transitions': 0.25 }) },
  { id: 'disputes-tension', text: 'Últimamente, me pesa la tensión con alguien de mi vida.', weights: w('disputes') },
  { id: 'transitions-miss-before', text: 'Últimamente, extraño cómo era mi vida antes de un cambio.', weights: w('role-transitions', { grief: 0.25 }) },
  { id: 'isolation-hard-to-make-friends', text: 'Últimamente, me cuesta hacer amigos de verdad.', weights: w('isolation') },
  { id: 'grief-stuck', text: 'Últimamente, siento que no avanzo en el duelo por alguien que murió.', weights: w('grief') },
  { id: 'isolation-not-close', text: 'Últimamente, no me siento tan cerca de la gente como me gustaría.', weights: w('isolation', { disputes: 0.25 }) },
  { id: 'disputes-hard-to-say', text: 'Últimamente, me cuesta decir lo que necesito a alguien con quien no estoy de acuerdo.', weights: w('disputes', { isolation: 0.25 }) },
  { id: 'transitions-new-role', text: 'Últimamente, me cuesta adaptarme a un nuevo rol en mi vida.', weights: w('role-transitions') },
  { id: 'grief-keep-busy', text: 'Últimamente, lleno mis días de cosas para no sentir el duelo.', weights: w('grief') },
];

export const quiz: QuizContent = {
  intro: [
    {
      text: 'Este cuestionario es solo para aprender. No es una prueba de depresión. No puede darte un diagnóstico.',
      cite: ['mhaScreening'],
    },
    {
      text: 'Tampoco puede decir qué terapia te iría bien. En la TIP, el foco se elige con un terapeuta formado, tras mirar bien tu vida.',
      cite: ['isiptStrategies', 'iptUkStages'],
    },
    {
      text: 'Cada frase empieza con "Últimamente". Se refiere a las últimas semanas. Es así porque la TIP mira los problemas de ahora. Elige cuánto se parece cada frase a lo que vives.',
      cite: ['rajhans2020'],
    },
  ],
  stopNote: {
    text: 'Si te sientes mal mientras respondes, para. Habla con un profesional de la salud.',
    cite: ['bbcMood'],
  },
  answers: [
    { value: 0, label: 'Nada' },
    { value: 1, label: 'Un poco' },
    { value: 2, label: 'Bastante' },
    { value: 3, label: 'Mucho' },
  ],
  skipLabel: 'Prefiero no responder',
  statements: quizStatements,
  resultNote: {
    text: 'Tus respuestas pueden señalar temas que encajan con tu vida ahora. No son una puntuación ni un resultado. Puedes hablar de ellos con un médico, un terapeuta o alguien de confianza.',
    cite: ['mhaScreening'],
  },
  severalNote: {
    text: 'Tus respuestas tocan varios temas. Eso puede pasar cuando ocurren muchas cosas a la vez. Puede ayudarte hablar pronto con un médico, un terapeuta o alguien de confianza, y no cargar con esto a solas.',
    cite: ['mhaScreening'],
  },
};
