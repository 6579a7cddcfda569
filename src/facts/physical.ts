import type { Lang } from './langs';
import type { StatementSource } from './statement';

/** A physical figure's words in one language. */
interface PhysicalWords {
  label: string;
  /** What else the source gives with the figure, in a few words. */
  detail?: string;
}

/** A physical reference figure for the plausibility checks (FACTS.md §3). */
export interface PhysicalFigure {
  id: string;
  value: number;
  unit: 'kg' | 't';
  /** Undated reference pages: where the figure is. */
  source: StatementSource;
  words: Record<Lang, PhysicalWords>;
}

const FREIGHTUTILS: StatementSource = {
  outlet: 'freightutils',
  url: 'https://www.freightutils.com/containers',
};

/** FACTS.md §3, in order. */
export const PHYSICAL_FIGURES = [
  {
    id: 'shell-152mm',
    value: 43.56,
    unit: 'kg',
    source: { outlet: 'wikisum', url: 'https://wikisum.wiki/wiki/2S3_Akatsiya' },
    words: {
      en: { label: '152 mm OF-540 / OF-25 HE projectile mass' },
      ko: { label: '152 mm ОФ-540/ОФ-25 고폭탄 탄체 질량' },
      uk: { label: 'Маса 152-мм осколково-фугасного снаряда ОФ-540 / ОФ-25' },
    },
  },
  {
    id: 'rocket-122mm',
    value: 65,
    unit: 'kg',
    source: {
      outlet: 'vietnamnet',
      url: 'https://vietnamnet.vn/video-phao-phan-luc-nga-thieu-rui-kho-chua-nhien-lieu-cua-ukraine-o-tien-tuyen-2436599.html',
    },
    words: {
      en: { label: '122 mm Grad rocket 9M22U' },
      ko: { label: '122 mm 그라드 로켓 9М22У' },
      uk: { label: '122-мм реактивний снаряд «Град» 9М22У' },
    },
  },
  {
    id: 'payload-20ft',
    value: 28_180,
    unit: 'kg',
    source: FREIGHTUTILS,
    words: {
      en: {
        label: '20-ft ISO container, maximum payload',
        detail: 'gross 30,480 kg, tare 2,300 kg; 33.2 m³ inside',
      },
      ko: {
        label: '20피트 ISO 컨테이너 최대 적재량',
        detail: '총중량 30,480 kg, 자체 중량 2,300 kg, 내부 용적 33.2 m³',
      },
      uk: {
        label: '20-футовий контейнер ISO, максимальний вантаж',
        detail: 'брутто 30 480 кг, тара 2 300 кг; внутрішній об’єм 33,2 м³',
      },
    },
  },
  {
    id: 'payload-20ft-old',
    value: 21_750,
    unit: 'kg',
    source: { outlet: 'dimensions-guide', url: 'https://dimensionsguide.com/?p=2458' },
    words: {
      en: { label: '20-ft container, older 24 t rating, payload' },
      ko: { label: '20피트 컨테이너, 구형 24톤 등급 적재량' },
      uk: { label: '20-футовий контейнер, старий клас 24 т, вантаж' },
    },
  },
  {
    id: 'payload-40ft',
    value: 26_730,
    unit: 'kg',
    source: FREIGHTUTILS,
    words: {
      en: { label: '40-ft container, maximum payload', detail: '67.7 m³ inside' },
      ko: { label: '40피트 컨테이너 최대 적재량', detail: '내부 용적 67.7 m³' },
      uk: {
        label: '40-футовий контейнер, максимальний вантаж',
        detail: 'внутрішній об’єм 67,7 м³',
      },
    },
  },
  {
    id: 'explosives-2024-06',
    value: 74_000,
    unit: 't',
    source: {
      outlet: 'kbs-world',
      url: 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=186245',
      date: '2024-06-22',
    },
    words: {
      en: {
        label: 'Explosives shipped, per C4ADS’s reading of Russian trade data (2024-06-22)',
        detail: '≈ 1.6 million shells, ≈ 46 kg a shell (our division)',
      },
      ko: {
        label: '러시아 무역 자료로 본 선적 폭발물, C4ADS 기준(2024년 6월 22일)',
        detail: '≈ 포탄 160만 발, 1발당 ≈ 46 kg(자체 계산)',
      },
      uk: {
        label: 'Відвантажена вибухівка за даними C4ADS щодо російської торгівлі (22.06.2024)',
        detail: '≈ 1,6 млн снарядів, ≈ 46 кг на снаряд (наш поділ)',
      },
    },
  },
] as const satisfies readonly PhysicalFigure[];

export type PhysicalFigureId = (typeof PHYSICAL_FIGURES)[number]['id'];

/** A physical figure by its id: `physicalFigure('shell-152mm').value` → 43.56. */
export function physicalFigure(id: PhysicalFigureId): PhysicalFigure {
  const figure = PHYSICAL_FIGURES.find((candidate) => candidate.id === id);
  if (!figure) throw new Error(`No physical figure ${id}`);
  return figure;
}
