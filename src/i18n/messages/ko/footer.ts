import type { footer as english } from '../en/footer';

export const footer: typeof english = {
  about:
    '셸 카운트는 공개된 컨테이너 수를 포탄 총수와 러시아군 포격 개월 수로 바꿉니다. 모든 기본값의 ' +
    '출처는 위에 있고, 바꾼 모든 수치는 링크에 담깁니다.',
  theme: '테마',
  themes: { auto: '기기 설정 따르기', light: '밝게', dark: '어둡게' },
};
