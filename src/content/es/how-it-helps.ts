import type { HowItHelpsContent } from '../types.js';

/** Cómo puede ayudar la TIP: mecanismos propuestos (ideas, no probadas) y metas declaradas. */
export const howItHelps: HowItHelpsContent = {
  intro: [
    {
      text: 'Los investigadores tienen cuatro ideas sobre por qué la TIP ayuda con la depresión. Son ideas que quieren poner a prueba. No son hechos probados.',
      cite: ['lipsitz2013'],
    },
    {
      text: 'La TIP también tiene metas claras. Son aliviar los síntomas, llevarte mejor con la gente y tener más apoyo.',
      cite: ['iptInstitute', 'webmdIpt'],
    },
  ],
  rows: [
    {
      kind: 'idea',
      way: 'Más apoyo',
      means: 'Puede que recibas más ayuda y consuelo de la gente que te rodea.',
      cite: ['lipsitz2013'],
    },
    {
      kind: 'idea',
      way: 'Menos estrés con la gente',
      means: 'Puede que tengas menos tensión y menos choques con los demás.',
      cite: ['lipsitz2013'],
    },
    {
      kind: 'idea',
      way: 'Trabajar los sentimientos',
      means: 'La TIP puede ayudarte a notar, nombrar y manejar las emociones fuertes.',
      cite: ['lipsitz2013'],
    },
    {
      kind: 'idea',
      way: 'Mejor trato con la gente',
      means: 'Puede que te cueste menos decir lo que necesitas y arreglar problemas con otros.',
      cite: ['lipsitz2013'],
    },
    {
      kind: 'aim',
      way: 'Aliviar pronto los síntomas',
      means: 'Una meta a corto plazo es que tus síntomas se alivien rápido.',
      cite: ['webmdIpt'],
    },
    {
      kind: 'aim',
      way: 'Llevarte mejor',
      means: 'Otra meta es que te vaya mejor en tus relaciones y tus roles diarios.',
      cite: ['webmdIpt'],
    },
    {
      kind: 'aim',
      way: 'Más apoyo',
      means: 'La TIP busca ayudarte a tener más apoyo de los demás.',
      cite: ['iptInstitute'],
    },
    {
      kind: 'aim',
      way: 'Salir adelante por tu cuenta',
      means: 'A largo plazo, la meta es que puedas hacer estos cambios por tu cuenta.',
      cite: ['webmdIpt'],
    },
  ],
};
