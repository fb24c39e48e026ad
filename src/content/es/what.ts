import type { WhatContent } from '../types.js';

/** Qué es la TIP. Los dos primeros bloques explican "interpersonal" y "depresión". */
export const what: WhatContent = {
  intro: [
    {
      text: 'La terapia interpersonal, o TIP, es un tipo de psicoterapia. Es decir, una terapia en la que hablas. "Interpersonal" quiere decir "entre personas". Por eso la TIP mira tus relaciones y tus roles en la vida.',
      cite: ['webmdIpt', 'clevelandClinic'],
    },
    {
      text: 'La TIP se usa para la depresión. Aquí, "depresión" es una enfermedad que afecta al ánimo. Un profesional de la salud la evalúa con una lista fija de señales. La depresión también puede cambiar cómo te llevas con los demás.',
      cite: ['iptUkStages', 'webmdIpt'],
    },
    {
      text: 'La TIP te ayuda a ver cómo están conectados tu ánimo y tus relaciones. Busca aliviar tus síntomas mejorando tus relaciones. Parte del trabajo es aprender a apoyarte en personas de confianza.',
      cite: ['clevelandClinic', 'iptUkStages'],
    },
    {
      text: 'Los problemas con otras personas no causan la depresión por sí solos. Pero la depresión ocurre en una vida compartida con otras personas. Puede tensar tus relaciones y tus roles.',
      cite: ['webmdIpt'],
    },
    {
      text: 'La TIP es breve y tiene un foco claro. Trabaja en los problemas que tienes ahora en tu vida. El terapeuta sigue un plan fijo, escrito en un manual.',
      cite: ['webmdIpt', 'rajhans2020'],
    },
  ],
  origin: [
    {
      text: 'La TIP nació en la Universidad de Yale hacia 1970. Surgió de un estudio sobre cómo tratar la depresión. El estudio probó un medicamento con y sin psicoterapia.',
      cite: ['weissman2020'],
    },
    {
      text: 'Gerald Klerman, psiquiatra, y Myrna Weissman, trabajadora social, dirigieron los primeros trabajos. Fue a principios de la década de 1970.',
      cite: ['isiptHome'],
    },
    {
      text: 'Desde entonces, la TIP se ha probado mucho. Hasta 2017 hubo al menos 133 ensayos de la TIP en el mundo.',
      cite: ['weissman2020'],
    },
  ],
  format: [
    {
      text: 'Lo usual son de 12 a 16 sesiones, una por semana. Cada una dura de 45 a 50 minutos, más o menos. Al inicio, acuerdas con tu terapeuta cuántas sesiones tendrás.',
      cite: ['isiptStrategies', 'clevelandClinic'],
    },
    {
      text: 'Algunos planes son más cortos, por ejemplo de 8 sesiones. Otros agregan unas semanas más, según cómo te vaya.',
      cite: ['isiptStrategies', 'webmdProcess'],
    },
    {
      text: 'La TIP puede ser individual o en grupo. También se ha dado por teléfono y por computadora. Los grupos pueden reunirse en persona o a distancia.',
      cite: ['weissman2020', 'mhpssIpt'],
    },
  ],
  whoDelivers: [
    {
      text: 'La TIP la pueden dar muchas personas con formación. Por ejemplo, psiquiatras, psicólogos, enfermeros y trabajadores sociales. También terapeutas ocupacionales. Y gente de la comunidad sin título en salud, pero con formación.',
      cite: ['ravitz2014'],
    },
    {
      text: 'La Organización Mundial de la Salud hizo una versión en grupo de 8 sesiones. La pueden dirigir personas sin formación previa en salud mental, con supervisión.',
      cite: ['whoGroupIpt'],
    },
    {
      text: 'Hay una versión de la TIP para adolescentes. La TIP también se ha probado con madres tras el parto. Y se ha usado en muchas culturas.',
      cite: ['ravitz2014', 'ohara2000'],
    },
  ],
};
