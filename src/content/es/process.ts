import type { ProcessContent } from '../types.js';

/** Qué pasa en la TIP, fase por fase, y cómo seguir bien después. */
export const iptProcess: ProcessContent = {
  intro: [
    {
      text: 'La TIP tiene tres fases. Primero, con tu terapeuta, te haces una idea clara de tu situación. Luego trabajas en un área de problemas. Al final, planeas cómo seguir bien.',
      cite: ['iptUkStages', 'stuartRobertson2012', 'iptTermination2021'],
    },
  ],
  phases: [
    {
      id: 'first-sessions',
      name: 'Primeras sesiones',
      when: 'Sesiones 1 a 4, más o menos',
      happens: [
        {
          text: 'Las primeras sesiones sirven para conocer tu situación. En un plan común, esto lleva unas cuatro sesiones.',
          cite: ['iptUkStages'],
        },
        {
          text: 'Tu terapeuta evalúa tu depresión y te explica cómo funciona la TIP.',
          cite: ['webmdProcess'],
        },
        {
          text: 'Quien te atiende también puede sugerir que tomes medicamentos.',
          cite: ['clevelandClinic'],
        },
      ],
      assess: [
        {
          text: 'Toda tu historia de salud mental.',
          cite: ['iptUkStages'],
        },
        {
          text: 'Si tienes depresión, según una lista fija de señales.',
          cite: ['iptUkStages'],
        },
        {
          text: 'Las personas clave de tu vida, y cómo van esas relaciones. Es un repaso a fondo de tus relaciones.',
          cite: ['iptUkStages', 'isiptStrategies'],
        },
        {
          text: 'Quién te apoya, y con quién hablas de tus cosas más privadas.',
          cite: ['isiptStrategies'],
        },
        {
          text: 'Tu vida amorosa, y cómo sueles hablar con la gente.',
          cite: ['isiptStrategies'],
        },
        {
          text: 'Problemas con la gente que pueden ser causa o efecto de la depresión.',
          cite: ['isiptStrategies'],
        },
        {
          text: 'Cambios en tus relaciones cerca del momento en que empezaron tus síntomas.',
          cite: ['iptUkStages'],
        },
      ],
      goals: [
        {
          text: 'Relacionar la depresión con lo que pasa con la gente de tu vida.',
          cite: ['iptUkStages'],
        },
        {
          text: 'Elegir un área de problemas como foco.',
          cite: ['iptUkStages', 'isiptStrategies'],
        },
        {
          text: 'Acordar un plan con un número fijo de sesiones. El plan relaciona el área de problemas con la depresión.',
          cite: ['iptUkStages', 'isiptStrategies', 'rajhans2020'],
        },
      ],
    },
    {
      id: 'middle',
      name: 'Sesiones centrales',
      when: 'La mayoría de las sesiones',
      happens: [
        {
          text: 'Cada sesión empieza con una pregunta sencilla. ¿Cómo te ha ido desde la última vez?',
          cite: ['iptUkStages'],
        },
        {
          text: 'Hablas de la semana pasada. Miras los hechos que tienen que ver con tu área de problemas.',
          cite: ['iptUkStages'],
        },
        {
          text: 'Tu terapeuta te ayuda a relacionar los cambios de tu ánimo con lo que pasa con la gente. También miras los temas que se repiten, y lo que sientes con ellos.',
          cite: ['iptUkStages'],
        },
        {
          text: 'Al menos ocho sesiones son para esto. El trabajo se centra en el foco elegido. Puede resultarte nuevo si has hecho terapias de estilo más libre.',
          cite: ['webmdProcess'],
        },
      ],
      goals: [
        {
          text: 'Sentirte mejor pronto, y que te vaya mejor en tus roles de cada día.',
          cite: ['webmdIpt'],
        },
        {
          text: 'Tener más apoyo de la gente que te rodea.',
          cite: ['iptInstitute'],
        },
        {
          text: 'Lograr las metas de tu área de problemas. Un ejemplo es comparar tu rol de antes con el nuevo.',
          cite: ['webmdIpt'],
        },
      ],
      techniques: [
        {
          name: 'Escuchar y apoyar',
          text: 'El terapeuta te escucha con atención y comprensión.',
          cite: ['webmdProcess'],
        },
        {
          name: 'Aclarar',
          text: 'El terapeuta te ayuda a ver una situación con más claridad, más allá de tus puntos ciegos.',
          cite: ['webmdProcess'],
        },
        {
          name: 'Relacionar ánimo y hechos',
          text: 'Relacionas los cambios de tu ánimo con lo que pasa con la gente.',
          cite: ['iptUkStages'],
        },
        {
          name: 'Analizar una conversación',
          text: 'Repasas paso a paso una conversación reciente. Buscas dónde salió mal.',
          cite: ['rajhans2020'],
        },
        {
          name: 'Resolver problemas',
          text: 'Miras un problema con alguien y buscas pasos para hacerle frente.',
          cite: ['webmdIpt'],
        },
        {
          name: 'Ensayar',
          text: 'Practicas nuevas formas de hablar con la gente.',
          cite: ['webmdProcess'],
        },
      ],
    },
    {
      id: 'ending',
      name: 'Final',
      when: 'Las últimas sesiones',
      happens: [
        {
          text: 'La última fase trata de cerrar bien el tratamiento.',
          cite: ['iptUkStages'],
        },
        {
          text: 'Repasas los cambios que lograste. Si te sientes mejor, hablas de lo que te ayudó.',
          cite: ['iptTermination2021'],
        },
        {
          text: 'Terminar puede despertar emociones, y hablas de ellas. El final en sí se ve como un cambio de roles.',
          cite: ['iptTermination2021'],
        },
        {
          text: 'Si no has mejorado, tu terapeuta te debería ofrecer otro tipo de tratamiento.',
          cite: ['iptTermination2021'],
        },
      ],
      goals: [
        {
          text: 'Mantener lo que has logrado.',
          cite: ['iptTermination2021'],
        },
        {
          text: 'Hablar de la atención después de la TIP, para ayudarte a seguir bien.',
          cite: ['stuartRobertson2012', 'iptTermination2021'],
        },
      ],
    },
  ],
  maintenance: [
    {
      text: 'Al terminar la TIP, suele acabar el trabajo semanal. Pero no hace falta cortar todo lazo. Muchas veces se planea un nuevo contacto más adelante.',
      cite: ['stuartRobertson2012'],
    },
    {
      text: 'Tu terapeuta debería hablar contigo de la atención a largo plazo. Quizá acuerdes un nuevo plan para seguir con sesiones de TIP.',
      cite: ['stuartRobertson2012', 'iptTermination2021'],
    },
    {
      text: 'En los estudios, seguir con la TIP hizo menos probable que volviera la depresión.',
      cite: ['cuijpers2016'],
    },
    {
      text: 'Un estudio se fijó en mujeres que se recuperaron solo con TIP. Algunas siguieron con sesiones de TIP durante dos años. De ellas, cerca de 1 de cada 4 volvió a tener depresión.',
      cite: ['frank2007'],
    },
    {
      text: 'En las mujeres que necesitaron medicamentos para ponerse bien, la TIP sola ayudó menos. La mitad de las que siguieron en el estudio volvió a tener depresión.',
      cite: ['frank2007'],
    },
    {
      text: 'Hubo un estudio con personas de 70 años o más. En él, seguir con la TIP no protegió más. Seguir con el medicamento, sí.',
      cite: ['reynolds2006'],
    },
    {
      text: 'Hay quien sigue con medicamentos para mantenerse bien. Según una revisión, si además hace TIP, es menos probable que la depresión vuelva.',
      cite: ['cuijpers2011'],
    },
  ],
};
