import type { CoreConcept } from '../types.js';

/** Ideas clave de la TIP. */
export const coreConcepts: readonly CoreConcept[] = [
  {
    id: 'here-and-now',
    name: 'Un foco en el presente',
    blocks: [
      {
        text: 'La TIP mira los problemas de tu vida actual. Trabaja en los que hoy tienen que ver con la depresión.',
        cite: ['rajhans2020'],
      },
      {
        text: 'En la mayoría de las sesiones hablas de la semana pasada. Ves qué pasó con la gente y cómo te sentiste.',
        cite: ['iptUkStages'],
      },
    ],
  },
  {
    id: 'both-ways',
    name: 'El ánimo y las relaciones se afectan entre sí',
    blocks: [
      {
        text: 'La depresión puede tensar tus relaciones y tus roles en la vida.',
        cite: ['webmdIpt'],
      },
      {
        text: 'También pasa al revés. Cuando las relaciones mejoran, los síntomas pueden aliviarse. La TIP te ayuda a ver la relación entre los cambios de tu ánimo y lo que pasa con la gente.',
        cite: ['clevelandClinic', 'iptUkStages'],
      },
    ],
  },
  {
    id: 'time-limit',
    name: 'Un tiempo fijo',
    blocks: [
      {
        text: 'La TIP tiene un final fijo. Al inicio, acuerdas con tu terapeuta cuántas sesiones tendrás.',
        cite: ['isiptStrategies'],
      },
      {
        text: 'El número de sesiones puede cambiar para adaptarse a ti. Aun así, se fija al inicio entre los dos, dentro de un plan común.',
        cite: ['isiptStrategies', 'iptUkStages'],
      },
    ],
  },
  {
    id: 'sick-role',
    name: 'Ver la depresión como una enfermedad',
    blocks: [
      {
        text: 'Al principio, tu terapeuta trata la depresión como una enfermedad. Durante un tiempo, puedes hacer menos de lo que otros esperan de ti. A cambio, trabajas para ponerte bien.',
        cite: ['iptUkStages'],
      },
      {
        text: 'También quiere decir que tomas parte activa en tu mejora. Tu terapeuta te ayuda con esto.',
        cite: ['iptUkStages'],
      },
    ],
  },
  {
    id: 'one-focus',
    name: 'Un foco claro',
    blocks: [
      {
        text: 'En las primeras sesiones, haces con tu terapeuta una lista de tus problemas con la gente. Luego la ordenas de más a menos importante.',
        cite: ['webmdProcess'],
      },
      {
        text: 'Después acuerdas un foco con tu terapeuta. Lo más común es que sea una de las cuatro áreas de problemas, a veces dos. El trabajo se centra en ese foco.',
        cite: ['isiptStrategies', 'webmdProcess'],
      },
    ],
  },
];
