import type { sources as english } from '../en/sources';

export const sources: typeof english = {
  title: '출처와 계산 방법',
  methodTitle: '수치 계산 방법',
  /** Each rule of the method; the terms it defines are between double asterisks, shown in bold. */
  method: [
    '**포탄 수** = 컨테이너 수 × 컨테이너당 포탄 수 × 포탄을 실은 컨테이너 비율 × 작동하는 비율.',
    '**사격 일수** = 포탄 수 ÷ 러시아의 하루 사격량; **개월 수** = 일수 ÷ 30.436875(평균 역월 길이).',
    '**하루 인도량** = 포탄 수 ÷ 첫 인도일부터 집계일까지의 일수.',
    '**소진 시점** = 첫 인도일 + 인도 기간과 사격 일수 중 긴 쪽: 이 포탄만으로 같은 사격 속도를 유지할 수 있는 마지막 날입니다.',
    '**무게 점검** = 컨테이너당 포탄 수 × 포탄 1발의 질량을 컨테이너 적재 한도와 비교합니다. 탄체만 셉니다. 장약, 신관, 포장 상자를 더하면 더 무거워집니다. 차트 아래의 상세 점검에서는 직접 정하는 포장 여유분(바꾸지 않으면 0%, 발표된 수치 없음)을 더하고 세 가지 컨테이너 등급과 모두 비교합니다.',
    '**범위**: 컨테이너 수, 컨테이너당 포탄 수, 하루 사격량은 각각 90% 범위로 입력할 수 있으며, 양 끝을 5번째와 95번째 백분위수로 하는 로그정규분포로 해석합니다. 결과는 고정된 시드에서 뽑은 표본 10,000개(무작위로 이동한 홀턴 수열이라 같은 링크는 언제나 같은 수치를 냅니다)로 계산하고, 중앙값과 90% 범위로 보여 줍니다.',
    '입력값 자체가 어림수이므로 화면의 수치는 유효숫자 두 자리로 반올림합니다. 정확한 값은 수치에 마우스를 올리거나 초점을 맞추면 볼 수 있습니다.',
  ],
  conflictsTitle: '출처 간 불일치',
  conflicts: [
    {
      title: '포탄 300만 발 또는 로켓 50만 발, 둘을 합치면 안 됩니다',
      body: '신원식 장관의 2024년 2월 수치는 같은 컨테이너 6,700개를 두 가지로 읽은 것입니다. 모두 152 mm 포탄이거나, 모두 122 mm 로켓이라는 뜻입니다. 둘을 더해서는 안 됩니다. 122 mm 수치는 컨테이너당 75발로, 122 mm 곡사포탄이 아니라 약 65 kg인 그라드 로켓에 맞습니다.',
    },
    {
      title: '컨테이너 하나에 포탄이 몇 발 들어가나',
      body: '정부 수치는 컨테이너당 약 430~480발을 뜻합니다. 오픈소스센터의 위성 집계는 이보다 훨씬 적은 266~367발을 뜻합니다.',
    },
    {
      title: '인도는 언제 시작됐나',
      body: '2024년 2월 수치를 전한 보도들은 2023년 7월, 8월 또는 9월부터 셉니다. 국방정보본부 집계는 2022년 중반부터 셉니다.',
    },
    {
      title: '새 선적분이 아닌 누적 합계',
      body: '나중에 나온 수치는 모두 앞선 수치를 포함한 누적 합계입니다. 이를 더하면 같은 컨테이너를 두 번 이상 세게 됩니다.',
    },
  ],
  countsTitle: '컨테이너와 포탄 수',
  tableCaption: '발표된 추정치(오래된 순)',
  statement: '발표',
  period: '집계 기간',
  containers: '컨테이너',
  shells: '포탄',
  perContainer: '컨테이너당(자체 계산)',
  scenarios: {
    'mnd-2023-10': {
      period: '2023년 9월 이후(선적 목격: 2023년 9월 7일~10월 1일)',
      containers: '1,000개 이상',
      shells: '수십만 발. 정부 소식통: "20만 발대 후반"',
      perContainer: '컨테이너당 약 270~300발',
    },
    'nis-2023-11': {
      period: '2023년 8월 초 이후',
      containers: '발표 없음',
      shells: '100만 발 이상',
      perContainer: '없음: 컨테이너 수가 발표되지 않음',
    },
    'shin-2023-12': {
      period: '2023년 9월 정상회담 이후',
      containers: '약 5,000개',
      shells: '152 mm라면 200만 발 이상, 122 mm라면 40만 발 이상',
      perContainer: '컨테이너당 400발(152 mm), 80발(122 mm)',
    },
    'shin-2024-02': {
      period: '2023년 9월 13일 정상회담 이후(로이터는 "7월 이후")',
      containers: '약 6,700개',
      shells: '152 mm 포탄 300만 발 이상 또는 122 mm 로켓 50만 발. "섞여 있을 수 있음"',
      perContainer: '컨테이너당 448발(152 mm), 75발(122 mm 로켓)',
    },
    'shin-2024-06': {
      period: '2023년 9월 13일 이후',
      containers: '최소 1만 개',
      shells: '최대 480만 발',
      perContainer: '컨테이너당 480발',
    },
    'shin-2024-07': {
      period: '2024년 7월 15일까지',
      containers: '약 1만 1,000개(2차 집계)',
      shells: '약 520만 발',
      perContainer: '컨테이너당 약 473발',
    },
    'dia-2024-08': {
      period: '2022년 중반 이후, 나진항 경유',
      containers: '1만 3,000개 이상',
      shells: '600만 발 이상(152 mm)',
      perContainer: '컨테이너당 약 462발(152 mm)',
    },
    'osc-2025-04': {
      period: '2023년 9월~2025년 3월, 64차례 운항',
      containers: '약 1만 5,800개',
      shells: '420만~580만 발',
      perContainer: '컨테이너당 266~367발(범위)',
    },
    'dia-2025-07': {
      period: '누적(2024년 집계는 2022년 중반부터)',
      containers: '약 2만 8,000개',
      shells: '모두 152 mm 단일 포탄이라면 1,200만 발 이상',
      perContainer: '컨테이너당 약 429발(152 mm)',
    },
  },
  otherTitle: '컨테이너 수가 없는 다른 발표',
  other: [
    {
      who: '미국 국무부',
      text: '북한이 2023년 9월 이후 러시아에 "1만 개가 넘는 컨테이너 분량의 군수품 또는 군수 관련 물자"를 보냈다고 밝혔습니다.',
    },
    {
      who: '우크라이나 군사정보총국(바딤 스키비츠키)',
      text: '러시아가 북한 포탄 약 150만 발을 받았으며 "그중 절반은 작동하지 않는다"고 밝혔습니다.',
    },
    {
      who: '우크라이나 군사정보총국(바딤 스키비츠키)',
      text: '모두 약 650만 발이며, 그중 절반가량은 정비 없이는 쏠 수 없을 만큼 낡았다고 밝혔습니다.',
    },
    {
      who: '더타임스(서방 정보 당국 인용)',
      text: '북한이 한 해 약 300만 발을 공급하며, 이는 러시아가 쓰는 포탄의 "절반"이라고 보도했습니다.',
    },
  ],
  fireTitle: '러시아는 얼마나 빨리 쏘나',
  fireCaveat:
    'RUSI와 NATO는 러시아의 사격량을 하루 약 1만 발로, 우크라이나 지휘관들은 3만~7만 발로 봅니다. 몇 배나 차이 나는 것은 서로 다른 무기를 세기 때문일 가능성이 큽니다.',
  perDay: (_count, formatted, label) => `하루 ${formatted}발, ${label}`,
  dailyFire: {
    'rusi-2024': {
      label: 'RUSI와 NATO, 2024년 초',
      note: '2024년 초 러시아의 하루 포탄 사용량으로, 우크라이나의 약 다섯 배입니다. RUSI의 추정치이며 NATO와 유럽 정보 당국의 수치와도 일치합니다.',
    },
    'nis-2023-11': {
      label: '국정원, 2023년 11월(추산)',
      note: '발표된 사격량이 아니라 자체 계산입니다. 국정원은 포탄 100만 발이면 러시아가 "두 달 넘게" 쓸 수 있다고 했습니다. 1,000,000 ÷ 60일.',
    },
    'us-2022': {
      label: '미국 당국자, 2022년 11월(최대치)',
      note: '2022년 11월 미국 국방 당국자가 미국 방송사에 밝힌 최대 사격량입니다. 2차 보도만 있습니다.',
    },
    'rusi-2022': {
      label: 'RUSI, 2022년 평균',
      note: '연평균입니다. RUSI는 러시아가 2022년에 포탄 약 1,200만 발을 쐈다고 했습니다. 1,200만 ÷ 365일.',
    },
    'syrskyi-2024-08': {
      label: '시르스키, 2024년 8월 6~14일',
      note: '우크라이나군 총사령관이 밝힌 2024년 8월 6~14일의 하루 평균입니다. 일반 포병보다 많은 종류의 무기를 센 것으로 보입니다.',
    },
    'ukraine-2024': {
      label: '우크라이나 자체 사격량, 2024년 초',
      note: 'RUSI와 NATO가 밝힌 2024년 초 우크라이나의 하루 사용량입니다. 비교용이며 러시아의 사격량이 아닙니다.',
    },
  },
  also: '함께 보도:',
  weightsTitle: '무게와 컨테이너',
  physical: {
    'shell-152mm': {
      label: '152 mm ОФ-540/ОФ-25 고폭탄 탄체 질량',
      value: '43.56 kg',
      source: '2С3 아카치야 제원(위키백과 미러)',
    },
    'rocket-122mm': {
      label: '122 mm 그라드 로켓 9М22У',
      value: '약 66 kg',
      source: '위키백과(베트남넷은 65 kg)',
    },
    'payload-20ft': {
      label: '20피트 ISO 컨테이너 최대 적재량',
      value: '28,180 kg(총중량 30,480, 자체 중량 2,300), 내부 용적 33.2 m³',
      source: 'FreightUtils',
    },
    'payload-20ft-old': {
      label: '20피트 컨테이너, 구형 24톤 등급',
      value: '적재량 21,920 kg',
      source: 'ungertgz.com',
    },
    'payload-40ft': {
      label: '40피트 컨테이너 최대 적재량',
      value: '26,730 kg, 67.7 m³',
      source: 'FreightUtils',
    },
    'explosives-2024-06': {
      label: '선적된 폭발물, 워싱턴포스트·C4ADS·RUSI 기준(2024년 6월 22일)',
      value: '폭발물 7만 4,000톤 ≈ 포탄 160만 발(1발당 ≈ 46 kg)',
      source: 'KBS 월드',
    },
  },
  packagingNote:
    '컨테이너당 포장 상자 수나 포장된 상자의 무게를 발표한 자료는 찾지 못했습니다. 152 mm 포탄은 탄체와 장약을 따로 실어 보내므로, 포장 여유분은 모두 사용자의 가정이며 앱에서도 가정으로 표시합니다.',
  contextTitle: '참고 맥락',
  context: {
    'return-containers': {
      text: '러시아는 받은 것보다 약 30% 많은 컨테이너를 북쪽으로 보냈습니다(신원식, 2024년 2월 26일). 로이터는 북한이 받은 컨테이너를 "약 9,000개"로 전했습니다.',
    },
    'factory-capacity': {
      text: '북한 군수공장은 가동률이 약 30%였지만, 러시아에 공급하는 공장은 완전 가동했습니다(신원식, 2024년 2월 26일).',
    },
    'eu-pledge': {
      text: '유럽연합은 12개월 안에 포탄 100만 발을 우크라이나에 주겠다고 약속했습니다(2023년 3월). 보렐은 2024년 3월까지 약 52만 4,000발을 예상했고(2024년 1월 31일), "50만 발"을 인도했다고 밝혔습니다(2024년 3월 25일).',
    },
    'russian-production': {
      text: '러시아는 한 달에 포탄 약 25만 발, 한 해 약 300만 발을 생산합니다(NATO, CNN 보도, 2024년 3월 11일). 에스토니아 정보 당국과 베인앤드컴퍼니는 2024년 생산량을 450만 발로 봅니다.',
      note: '에스토니아 정보 당국과 베인앤드컴퍼니: 링크 없음.',
    },
    'iiss-month': {
      text: 'IISS: 2023년 9월 이후 북한은 러시아가 쓰는 포탄의 "적어도 한 달 치"를 공급했습니다.',
      note: '2차 보도, 2024년 2월.',
    },
    'missile-test-cost': {
      text: '북한의 2023년 미사일 시험 비용은 약 10억 달러로, 245억 달러 규모 경제의 약 4%입니다(신원식, 블룸버그 인터뷰, 2024년 6월 14일).',
    },
    summit: {
      text: '김정은과 블라디미르 푸틴은 2023년 9월 13일 보스토치니 우주기지에서 만났습니다.',
    },
  },
  spans: {
    containers: '발표된 추정치 가운데 가장 적은 컨테이너 수와 가장 많은 컨테이너 수.',
    perContainer:
      '위성 집계가 뜻하는 컨테이너당 266~367발의 하한부터 정부 수치 가운데 가장 높은 값까지. 정부 집계는 약 430~480발을 뜻합니다.',
    usable:
      '우크라이나 군사정보총국은 받은 포탄의 절반이 작동하지 않는다고 밝혔습니다. 가장 좋은 경우에는 모두 작동합니다.',
    daily:
      'RUSI와 NATO의 수치부터 우크라이나군 총사령관의 수치까지, 발표된 러시아의 사격량. 우크라이나 자체 사격량은 제외했습니다.',
  },
  assumed: {
    daily: 'RUSI의 2024년 초 추정치입니다. 발표에는 사격량이 없습니다.',
    usable: '모든 포탄이 작동한다고 봅니다. 발표는 몇 발이 불량인지 밝히지 않았습니다.',
    shellKg: '제원 자료의 152 mm 고폭탄(ОФ-540) 질량입니다. 발표에는 질량이 없습니다.',
    payloadKg: '20피트 ISO 컨테이너의 최대 적재량입니다. 발표에는 컨테이너 크기가 없습니다.',
  },
  names: {
    'South Korean defence ministry; a government source': '국방부, 정부 소식통',
    'National Intelligence Service (closed briefing, via lawmaker Yoo Sang-bum)':
      '국가정보원(비공개 보고, 유상범 의원 전언)',
    'Defence Minister Shin Won-sik': '신원식 국방부 장관',
    'Defence Minister Shin Won-sik (media briefing)': '신원식 국방부 장관(언론 브리핑)',
    'Defence Minister Shin Won-sik (Bloomberg interview)': '신원식 국방부 장관(블룸버그 인터뷰)',
    'Defence Minister Shin Won-sik (Yomiuri interview)': '신원식 국방부 장관(요미우리신문 인터뷰)',
    'Defense Intelligence Agency report to Rep. Kang Dae-sik':
      '국방정보본부, 강대식 의원 제출 자료',
    'Open Source Centre satellite count, with Reuters': '오픈소스센터 위성 집계(로이터 공동)',
    'Defense Intelligence Agency briefing to a lawmaker': '국방정보본부, 국회의원 대상 보고',
    'NATO and European intelligence officials, via CNN': 'NATO·유럽 정보 당국자(CNN 보도)',
    'US defence official, to NBC News': '미국 국방 당국자(NBC 뉴스 인터뷰)',
    'Jack Watling, RUSI (Sept 2023)': '잭 왓링, RUSI(2023년 9월)',
    "Oleksandr Syrskyi, Ukraine's commander-in-chief": '올렉산드르 시르스키 우크라이나군 총사령관',
    'RUSI, cited by The Wall Street Journal (Jan 2024)': 'RUSI(월스트리트저널 인용, 2024년 1월)',
    'Josep Borrell, EU foreign policy chief': '호세프 보렐 유럽연합 외교안보 고위대표',
    'The Kyiv Independent news desk': '키이우 인디펜던트 편집국',
    'KBS World': 'KBS 월드',
    'Chosun Ilbo': '조선일보',
    'EFE via Pledge Times': '에페 통신(플레지 타임스 인용)',
    'Reuters via The Star': '로이터(더스타 인용)',
    Politico: '폴리티코',
    'UNN, re-reporting Bloomberg': 'UNN(블룸버그 인용)',
    Yonhap: '연합뉴스',
    'Korea Herald / Yonhap': '코리아헤럴드 / 연합뉴스',
    'Newsweek via UNN': '뉴스위크(UNN 인용)',
    'MENAFN / Yonhap': 'MENAFN / 연합뉴스',
    'Ukrainska Pravda': '우크라인스카 프라우다',
    Firstpost: '퍼스트포스트',
    'NBC News (secondary report)': 'NBC 뉴스(2차 보도)',
    'RUSI, in Al Jazeera': 'RUSI, 알자지라 게재',
    'Censor.NET': 'Censor.NET',
    'Kyiv Independent': '키이우 인디펜던트',
  },
};
