import type { ProblemAreasContent } from '../types.js';

export const problemAreas: ProblemAreasContent = {
  intro: [
    {
      text: 'La TIP tiene cuatro áreas de problemas. Tras las primeras sesiones, tu terapeuta elige una como foco y la acuerda contigo. Esa área guía el trabajo. No es una etiqueta para ti.',
      cite: ['isiptStrategies', 'webmdProcess'],
    },
  ],
  areas: [
    {
      id: 'grief',
      name: 'La pérdida de un ser querido',
      clinicalName: 'Duelo',
      summary: {
        text: 'En la TIP, el duelo es la pérdida de alguien que murió. Es el foco si la depresión empieza o sigue tras morir alguien cercano.',
        cite: ['webmdIpt', 'isiptStrategies'],
      },
      situations: [
        {
          text: 'Murió alguien cercano a ti, y tu ánimo bajó por esas fechas.',
          cite: ['isiptStrategies'],
        },
        {
          text: 'Tu duelo parece llegar tarde.',
          cite: ['webmdIpt'],
        },
        {
          text: 'Sientes el duelo mucho más fuerte de lo normal, o te dura mucho más.',
          cite: ['webmdIpt'],
        },
      ],
      focus: [
        {
          text: 'El terapeuta te escucha con atención. Te ayuda a entender la pérdida.',
          cite: ['webmdIpt'],
        },
        {
          text: 'La TIP en grupo anima a sus miembros a vivir el duelo por lo que perdieron.',
          cite: ['mhpssIpt'],
        },
        {
          text: 'La meta es ayudarte a vivir el duelo para que, con el tiempo, puedas seguir adelante.',
          cite: ['webmdIpt'],
        },
      ],
    },
    {
      id: 'disputes',
      name: 'Conflicto con alguien',
      clinicalName: 'Disputas interpersonales (disputas de roles)',
      summary: {
        text: 'Una disputa es una relación que no va bien. Las dos personas esperan cosas distintas una de la otra. Puede ser con tu pareja, tu familia o tus amigos. También donde estudias o trabajas.',
        cite: ['isiptStrategies', 'webmdIpt'],
      },
      situations: [
        {
          text: 'Con tu pareja, tus padres o un amigo, cada uno quiere algo distinto del otro.',
          cite: ['isiptStrategies'],
        },
        {
          text: 'Hay una tensión constante con alguien donde estudias o trabajas.',
          cite: ['webmdIpt'],
        },
        {
          text: 'En casa o en tu familia, una relación cercana es tensa e infeliz.',
          cite: ['webmdIpt', 'isiptStrategies'],
        },
      ],
      focus: [
        {
          text: 'El terapeuta te ayuda a ver lo serio que es el conflicto. También ves de dónde vienen los malentendidos.',
          cite: ['webmdIpt'],
        },
        {
          text: 'Trabajas en resolver problemas y en mejores formas de hablar las cosas.',
          cite: ['webmdIpt'],
        },
        {
          text: 'Puede que repases paso a paso una conversación reciente. También puede que ensayes nuevas formas de hablar, para practicar.',
          cite: ['rajhans2020', 'webmdProcess'],
        },
      ],
    },
    {
      id: 'role-transitions',
      name: 'Cambios en la vida',
      clinicalName: 'Transición de rol',
      summary: {
        text: 'Una transición de rol es un gran cambio en la vida que cuesta afrontar. A menudo, el cambio se vive como una pérdida.',
        cite: ['isiptStrategies', 'webmdIpt'],
      },
      situations: [
        {
          text: 'Un cambio en el trabajo, o en tu economía.',
          cite: ['isiptStrategies'],
        },
        {
          text: 'Un cambio en tu vida de pareja, como una nueva pareja o una ruptura.',
          cite: ['isiptStrategies'],
        },
        {
          text: 'Un cambio en tu salud, o en dónde y cómo vives.',
          cite: ['isiptStrategies'],
        },
      ],
      focus: [
        {
          text: 'Comparas tu rol de antes con el nuevo. Ves con claridad qué hace difícil el cambio.',
          cite: ['webmdIpt'],
        },
        {
          text: 'Luego buscas formas de hacer frente al nuevo rol.',
          cite: ['webmdIpt'],
        },
        {
          text: 'La TIP en grupo también trata cambios que afectan a tus roles y relaciones.',
          cite: ['mhpssIpt'],
        },
      ],
    },
    {
      id: 'isolation',
      name: 'Soledad',
      clinicalName: 'Déficits interpersonales o aislamiento',
      summary: {
        text: 'Esta área trata de tener pocas relaciones, o relaciones que no te hacen sentir bien. También incluye la soledad y el aislamiento.',
        cite: ['webmdIpt', 'mhpssIpt'],
      },
      situations: [
        {
          text: 'Tienes pocas personas a quienes acudir.',
          cite: ['webmdIpt'],
        },
        {
          text: 'Tus relaciones no te parecen cercanas ni buenas.',
          cite: ['webmdIpt'],
        },
        {
          text: 'Sientes soledad, o mucha distancia con los demás.',
          cite: ['mhpssIpt'],
        },
      ],
      focus: [
        {
          text: 'Miras tus relaciones de antes para ver qué cosas se repiten y te estorban. Un ejemplo es depender demasiado de los demás.',
          cite: ['webmdIpt'],
        },
        {
          text: 'Cómo te llevas con tu terapeuta también puede dar pistas. Luego trabajas para cambiar esas cosas.',
          cite: ['webmdIpt'],
        },
        {
          text: 'Practicas formas de empezar nuevas relaciones y hacerlas más fuertes.',
          cite: ['webmdIpt'],
        },
      ],
    },
  ],
};
