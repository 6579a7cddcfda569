import type { weight as english } from '../en/weight';
import { plural } from '../../format';

/** Korean nouns do not change with the count (its plural rules have only `other`). */
const counted = (noun: string) => (count: number) => plural(count, 'ko', { other: noun });

// Every round counts with 발; the nouns (포탄, 로켓, 탄) all end in a final consonant, so take 을.
export const weight: typeof english = {
  title: '컨테이너에 들어갈까?',
  kg: (amount) => `${amount}\u00a0kg`,
  ratings: {
    'payload-20ft': {
      name: '20피트',
      payload: (kg) => `20피트 컨테이너의 적재 한도 ${kg}`,
    },
    'payload-20ft-old': {
      name: '20피트(구 규격)',
      payload: (kg) => `구 규격 20피트 컨테이너의 적재 한도 ${kg}`,
    },
    'payload-40ft': {
      name: '40피트',
      payload: (kg) => `40피트 컨테이너의 적재 한도 ${kg}`,
    },
  },
  payloadYouSet: (kg) => `직접 정한 적재 한도 ${kg}`,
  rounds: {
    'shell-152mm': counted('포탄'),
    'rocket-122mm': counted('로켓'),
    other: counted('탄'),
  },
  subject: (count, rounds, kg, middleOfRange, packaging) =>
    `${kg}짜리 ${rounds} ${count}발${middleOfRange ? '(입력한 범위의 중앙값)' : ''}${packaging === null ? '' : `(포장 ${packaging} 포함)`}`,
  onlyJust: '아슬아슬합니다:',
  tooHeavy: '너무 무겁습니다:',
  fits: (subject, mass, payload, spare) => [
    `${subject}의 무게는 `,
    mass,
    `으로, ${payload} 안에 들어가며 ${spare}이 남습니다.`,
  ],
  justFits: (subject, mass, payload, spare) => [
    `${subject}의 무게는 `,
    mass,
    `으로, ${payload} 안에 들어가지만 남는 무게는 ${spare}뿐입니다.`,
  ],
  tooHeavyForAll: (subject, mass) => [
    `${subject}의 무게는 `,
    mass,
    '으로, 어떤 컨테이너의 적재 한도보다도 무겁습니다.',
  ],
  tooHeavyFor: (subject, mass, excess, payload) => [
    `${subject}의 무게는 `,
    mass,
    `으로, ${payload}보다 ${excess} 무겁습니다.`,
  ],
  most: (count, rounds, payload, packedEach) => [
    `무게로 따지면 ${payload}에는 ${rounds}을 최대 `,
    count,
    `발까지 실을 수 있습니다${packedEach === null ? '' : `(포장 포함 1발당 ${packedEach})`}.`,
  ],
  highEndFits: (high, rounds, mass, payload) =>
    `입력한 범위의 상단은 컨테이너당 ${rounds} ${high}발입니다. 이때 무게는 ${mass}이며 여전히 ${payload} 안에 들어갑니다.`,
  highEndOver: (high, rounds, mass, payload) =>
    `입력한 범위의 상단은 컨테이너당 ${rounds} ${high}발입니다. 이때 무게는 ${mass}으로, ${payload}을 넘습니다.`,
  tableCaption: '컨테이너 규격',
  columns: {
    container: '컨테이너',
    payload: '적재 한도',
    rounds: '이 탄약',
    most: '최대 적재 수',
  },
  yourChoice: '(선택함)',
  fit: (spare) => `들어감, ${spare} 여유`,
  over: (excess) => `${excess} 초과`,
  packagingAllowance: (percent) =>
    `포장 여유분: ${percent}. 직접 정한 가정이며 공개된 수치는 없습니다.`,
  massOfRound: (kg) => `탄 1발의 질량: ${kg},`,
  yourFigure: '직접 입력한 수치',
  volume: (cubicMetres) =>
    `부피는 확인하지 않고 질량만 봅니다. 20피트 컨테이너의 내부 용적은 ${cubicMetres}㎥입니다 ·`,
};
