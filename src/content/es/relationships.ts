import type { RelationshipsContent } from '../types.js';

/** Cómo construir buenas relaciones, con ideas de la TIP. */
export const relationships: RelationshipsContent = {
  intro: [
    {
      text: 'La TIP trabaja en cómo te llevas con la gente. Parte del trabajo es aprender a apoyarte en las personas que quieres.',
      cite: ['clevelandClinic'],
    },
  ],
  safetyNote:
    'Que alguien te amenace, te haga daño o intente controlarte no es un malentendido que se arregle hablando. Si te pasa, no es tu culpa.',
  tips: [
    {
      id: 'say-what-you-need',
      text: 'Di con claridad lo que necesitas y lo que esperas. Mira si la otra persona espera algo distinto.',
      cite: ['webmdIpt', 'isiptStrategies'],
    },
    {
      id: 'find-mix-ups',
      text: 'Si chocas una y otra vez con alguien cercano, un terapeuta puede ayudarte. Te ayuda a ver en qué espera cada uno algo distinto. Luego puedes planear una nueva forma de hablarlo.',
      cite: ['webmdIpt', 'isiptStrategies'],
    },
    {
      id: 'practice-new-ways',
      text: 'Practica nuevas formas de hablar con la gente. Un terapeuta puede ayudarte a probarlas.',
      cite: ['webmdProcess'],
    },
    {
      id: 'build-support',
      text: 'Haz crecer tu red de apoyo. Piensa en quién está de tu lado.',
      cite: ['lipsitz2013', 'mhpssIpt'],
    },
    {
      id: 'reconnect',
      text: 'Retoma el contacto con viejos amigos, y haz amigos nuevos.',
      cite: ['webmdIpt'],
    },
    {
      id: 'let-people-help',
      text: 'Deja que las personas que quieres te apoyen.',
      cite: ['clevelandClinic'],
    },
  ],
};
