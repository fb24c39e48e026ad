import type { EvidenceContent } from '../types.js';

/**
 * Qué muestra la investigación, en palabras sencillas, cada resultado con sus límites.
 * Sin testimonios: solo resultados de grupos en ensayos y revisiones.
 */
export const evidence: EvidenceContent = {
  intro: [
    {
      text: 'La TIP se ha probado en muchos estudios en todo el mundo. Aquí tienes algunos de los resultados principales, con sus límites.',
      cite: ['weissman2020'],
    },
  ],
  items: [
    {
      id: 'review-2016',
      label: 'Gran revisión, 2016',
      finding:
        'Una revisión de 2016 reunió 90 estudios. En ellos hubo más de 11\u00a0000 personas. Estudió la TIP en muchos problemas de salud mental. En la depresión, la TIP dio mejor resultado que los grupos de control. Dio un resultado parecido al de otras psicoterapias. También dio un resultado parecido al de los medicamentos. La TIP con medicamentos dio mejor resultado que la TIP sola.',
      limits: 'La mayoría de los estudios tenían algunos fallos en cómo se hicieron. Pero la revisión halló pocas señales de que esos fallos cambiaran sus resultados.',
      cite: ['cuijpers2016'],
    },
    {
      id: 'review-2011',
      label: 'Revisión anterior, 2011',
      finding:
        'Una revisión de 2011 analizó 38 estudios. En 16 de ellos, se comparó la TIP con grupos de control. Más personas mejoraron con la TIP. Más o menos, por cada 3 personas que hicieron TIP, mejoró 1 más que en los grupos de control. La TIP dio un resultado parecido al de otras psicoterapias.',
      limits:
        'En esta revisión, los medicamentos dieron un resultado algo mejor que la TIP. Había muy pocos estudios. No se supo si la TIP con medicamentos es mejor que la TIP sola.',
      cite: ['cuijpers2011'],
    },
    {
      id: 'overview-2017',
      label: 'Cuarenta años de estudios, 2017',
      finding:
        'Se repasaron cuatro décadas de estudios. Se vio que todas las principales psicoterapias para la depresión funcionan. La TIP es una de ellas. Ninguna fue claramente mejor que las demás. La psicoterapia y los medicamentos dan un resultado parecido. Los dos juntos dan mejor resultado que uno solo.',
      limits:
        'Los buenos efectos de la psicoterapia pueden ser menores de lo que parecían. Algunos ensayos no se hicieron bien. Algunos estudios con peores resultados nunca se publicaron.',
      cite: ['cuijpers2017'],
    },
    {
      id: 'postpartum-2000',
      label: 'Madres tras el parto, 2000',
      finding:
        'Un estudio siguió a 120 madres con depresión tras el parto. Algunas hicieron 12 semanas de TIP. Las demás esperaron para recibir atención. Hasta el final siguieron 99 madres. De las que hicieron TIP, el 37.5\u00a0% estaba bien: cerca de 4 de cada 10. De las que esperaron, el 13.7\u00a0% estaba bien: más o menos 1 de cada 7. Los autores ven la TIP como una alternativa a los medicamentos. Sobre todo, para madres que dan el pecho.',
      limits:
        'Fue un solo estudio. La TIP se comparó con esperar, no con otro tratamiento. La mayoría de las madres del grupo de TIP no se había recuperado del todo a las 12 semanas.',
      cite: ['ohara2000'],
    },
    {
      id: 'uganda-trial',
      label: 'TIP en grupo en Uganda, 2003 y 2006',
      finding:
        'En la Uganda rural, se probó la TIP en grupo en 30 aldeas. Los grupos se reunieron cada semana durante 16 semanas. Seis meses después, el 11.7\u00a0% de la gente de los grupos de TIP aún tenía una forma grave de depresión. En los otros grupos, el 54.9\u00a0% aún la tenía.',
      limits: 'Fue un solo ensayo, en una sola zona. Solo damos los resultados de seis meses después de que terminaran los grupos.',
      cite: ['bolton2003', 'bass2006'],
    },
    {
      id: 'uganda-views',
      label: 'Lo que dijo la gente en Uganda, 2016',
      finding:
        'Después, se preguntó por la TIP en grupo a gente de la zona. La relacionaron con ir más a la escuela y con trabajar más. También con una mejor vida en familia. Dijeron que quienes fueron a los grupos tenían más esperanza.',
      limits:
        'Son opiniones de la gente de la zona, no resultados medidos. Los autores señalan que otras cosas también pudieron causar estos cambios.',
      cite: ['lewandowski2016'],
    },
    {
      id: 'perinatal-prevention',
      label: 'Antes y después del parto, 2019',
      finding:
        'Un grupo de expertos de EE. UU. estudió cómo prevenir la depresión. Se fijó en el embarazo y en el tiempo tras el parto. Halló pruebas sólidas de que la consejería ayuda. Se refería a personas con más riesgo: embarazadas o que acaban de dar a luz. La TIP es uno de los tipos de consejería que nombró.',
      limits: 'Esto solo trata de prevenir la depresión en el embarazo y tras el parto. No se refiere a todas las personas.',
      cite: ['uspstf2019'],
    },
    {
      id: 'nice-guideline',
      label: 'Guía del Reino Unido, 2022',
      finding:
        'La guía NICE, del Reino Unido, incluye la TIP como opción para la depresión menos grave. Es para quien no quiere algunas otras psicoterapias. NICE halló algunas pruebas de que la TIP ayuda. Y de que vale lo que cuesta.',
      limits: 'NICE dice que, si la depresión es más leve, la mayoría debería probar primero la autoayuda guiada.',
      cite: ['nice2022'],
    },
  ],
  balance: [
    {
      text: 'La TIP no ayuda a todo el mundo. Según una guía para terapeutas, a quien no mejora se le debería ofrecer otro tipo de tratamiento.',
      cite: ['iptTermination2021'],
    },
    {
      text: 'Los estudios hablan de grupos, no de una sola persona. Además, algunos resultados parecían mejores de lo que eran. Otras psicoterapias y los medicamentos también pueden funcionar.',
      cite: ['cuijpers2017'],
    },
  ],
};
