/**
 * What a field says about what it took, in each language: "Read as 10 containers. Did you mean
 * 10,000 containers?" with one click to take the other reading, and the usual notice when a number
 * beyond the bounds is taken as the bound.
 */
import { screen } from '@testing-library/react';
import { useStore } from '../../src/store/store';
import { showOnScreen } from '../language-on-screen';
import { field, renderCalculator, resultValue } from './render-app';

const NBSP = '\u00a0';

const CASES = [
  {
    lang: 'en',
    containers: 'Containers shipped',
    typed: '10.000',
    read: 'Read as 10 containers.',
    offer: 'Did you mean 10,000 containers?',
    shown: '10,000',
    share: 'Shells that work',
    clamped: '“Shells that work” is above the highest allowed value; using 100.',
  },
  {
    lang: 'ko',
    containers: '보낸 컨테이너 수',
    typed: '10.000',
    read: '읽은 값: 컨테이너 10개.',
    offer: '혹시 컨테이너 10,000개인가요?',
    shown: '10,000',
    share: '작동하는 포탄 비율',
    clamped: '작동하는 포탄 비율 값이 허용 최댓값보다 큽니다. 사용한 값: 100.',
  },
  {
    lang: 'uk',
    containers: 'Відправлено контейнерів',
    typed: '10,000',
    read: 'Прочитано як 10 контейнерів.',
    offer: `Може, ви мали на увазі 10${NBSP}000 контейнерів?`,
    shown: `10${NBSP}000`,
    share: 'Справні снаряди',
    clamped: 'Справні снаряди вище найбільшого допустимого значення; використано 100.',
  },
] as const;

describe.each(CASES)('typing in $lang', (words) => {
  beforeEach(() => {
    showOnScreen(words.lang);
  });

  it('reads an ambiguous separator as the language does and offers the other reading', async () => {
    const { user } = renderCalculator();
    const input = field(words.containers);
    await user.clear(input);
    await user.type(input, words.typed);
    expect(resultValue('totalShells')).toBe(String(10 * 448));
    expect(input).toHaveAccessibleDescription(new RegExp(words.read.replace('.', '\\.')));
    // Still offered once the field is left, and one click takes it.
    await user.tab();
    const offer = screen.getByRole('button', { name: words.offer });
    await user.click(offer);
    expect(useStore.getState().inputs.containers).toBe(10_000);
    expect(input).toHaveValue(words.shown);
    expect(screen.queryByRole('button', { name: words.offer })).not.toBeInTheDocument();
  });

  it('keeps the results while a number beyond the bounds is typed, then takes the bound', async () => {
    const { user } = renderCalculator();
    const input = field(words.share);
    await user.clear(input);
    await user.type(input, '150');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    // The share before the typing (100), not the "15" typed on the way to 150.
    expect(resultValue('totalShells')).toBe('3001600');
    await user.tab();
    expect(input).toHaveValue('100');
    expect(input).toHaveAccessibleDescription(new RegExp(words.clamped.replace(/[.?]/g, '\\$&')));
  });
});
