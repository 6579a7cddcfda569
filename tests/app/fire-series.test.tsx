/**
 * Under the published rates of fire, the share of Russian fire the deliveries made by Syrskyi's
 * dated series, over the delivery days it covers (issue "An honest model", item 4).
 */
import { act } from '@testing-library/react';
import { resetStore, useStore } from '../../src/store/store';
import { showOnScreen } from '../language-on-screen';
import { renderCalculator } from './render-app';

beforeEach(() => {
  resetStore();
});

const line = () => document.querySelector<HTMLElement>('.series-share');

describe('the share of Russian fire by Syrskyi’s dated series', () => {
  it.each([
    {
      lang: 'en',
      text: 'By Syrskyi’s dated figures for September 13, 2023 – December 31, 2023 (110 days), the deliveries were at most 64% of Russian fire.',
    },
    {
      lang: 'ko',
      text: '시르스키가 밝힌 날짜별 수치(2023년 9월 13일~2023년 12월 31일, 110일)로 보면 인도량은 러시아 포격량의 최대 64%입니다.',
    },
    {
      lang: 'uk',
      text: 'За датованими цифрами Сирського (13 вересня 2023 р. – 31 грудня 2023 р., 110 днів) поставки становили щонайбільше 64% російського вогню.',
    },
  ] as const)(
    'with the defaults, in $lang: 110 days, at most 64% (more than 30,000 a day in Oct–Dec 2023)',
    ({ lang, text }) => {
      showOnScreen(lang);
      renderCalculator();
      expect(line()?.textContent.replace(/\s/g, ' ')).toBe(text.replace(/\s/g, ' '));
      // 3,001,600 ÷ 166 × 110 ÷ 3,120,000.
      expect(Number(line()?.dataset.seriesShare)).toBeCloseTo(
        ((3_001_600 / 166) * 110 * 100) / 3_120_000,
        9,
      );
    },
  );

  it('says the series does not cover a delivery period it does not reach', () => {
    showOnScreen('en');
    renderCalculator();
    act(() => {
      useStore.getState().actions.setInput('end', '2026-01-01');
      useStore.getState().actions.setInput('start', '2025-06-01');
    });
    expect(line()).toHaveTextContent('Syrskyi’s dated figures do not cover these delivery days.');
  });
});
