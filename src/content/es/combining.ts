import type { CombiningContent } from '../types.js';

/** La TIP junto con otros tratamientos, o comparada con ellos. */
export const combining: CombiningContent = {
  intro: [
    {
      text: 'La TIP se puede usar sola o junto con otra atención. Quien te atiende puede sugerirte medicamentos además de la TIP.',
      cite: ['clevelandClinic'],
    },
  ],
  items: [
    {
      id: 'medicine',
      name: 'La TIP y los medicamentos',
      text: 'Una gran revisión de 2016 halló que la TIP con medicamentos dio mejor resultado que la TIP sola. Una revisión anterior tenía muy pocos estudios para saberlo.',
      cite: ['cuijpers2016', 'cuijpers2011'],
    },
    {
      id: 'staying-well',
      name: 'Seguir bien',
      text: 'Tras el tratamiento, algunas personas siguen con él para estar bien. Una revisión comparó tomar medicamentos más TIP con tomar solo medicamentos. Con los dos juntos, era menos probable que la depresión volviera.',
      cite: ['cuijpers2011'],
    },
    {
      id: 'other-talk-therapies',
      name: 'Otras psicoterapias',
      text: 'La TCC es la terapia cognitivo-conductual. En la depresión, la TIP y la TCC han dado resultados parecidos. Lo mismo pasa con otras psicoterapias, como una que se centra en resolver problemas. Ninguna fue claramente la mejor.',
      cite: ['cuijpers2011', 'cuijpers2016', 'cuijpers2017'],
    },
    {
      id: 'less-severe-options',
      name: 'Opciones para la depresión menos grave',
      text: 'Para la depresión más leve, la guía del Reino Unido también incluye otras opciones. Por ejemplo, la autoayuda guiada o el ejercicio en grupo. También la TCC o la atención plena (mindfulness) en grupo.',
      cite: ['nice2022'],
    },
    {
      id: 'bipolar',
      name: 'Una versión para el trastorno bipolar',
      text: 'También hay una forma de TIP para personas con trastorno bipolar.',
      cite: ['ravitz2014'],
    },
  ],
};
