/**
 * The assumption fields in Korean and Ukrainian: labels, hints and refusals in the language on
 * screen, and numbers read as that language writes them ("43,56" is 43.56 in Ukrainian), with a
 * line that says how a typed number was read.
 */
import { screen } from '@testing-library/react';
import { useStore } from '../../src/store/store';
import { showOnScreen } from '../language-on-screen';
import { field, renderCalculator, resultValue } from './render-app';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

function show(lang: 'ko' | 'uk') {
  showOnScreen(lang);
}

/** The page as renderApp gives it, once the fields (which load after the first results) are in. */
async function renderWith(label: string) {
  const view = renderCalculator();
  await screen.findByRole('textbox', { name: label }, { timeout: 20_000 });
  return view;
}

describe('in Ukrainian', () => {
  beforeEach(() => {
    show('uk');
  });

  it('shows values as Ukrainian writes them', async () => {
    await renderWith('Маса одного снаряда');
    expect(field('Маса одного снаряда')).toHaveValue('43,56');
    expect(field('Відправлено контейнерів')).toHaveValue(`6${NBSP}700`);
  });

  it('reads "43,56" as 43.56 and says so under the field', async () => {
    const { user } = await renderWith('Маса одного снаряда');
    const input = field('Маса одного снаряда');
    await user.clear(input);
    await user.type(input, '43,56');
    expect(useStore.getState().inputs.shellKg).toBe(43.56);
    expect(resultValue('massPerContainerKg')).toBe('19514.88');
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).toHaveAccessibleDescription(/Прочитано як 43,56 кг/);
    // Leaving the field tidies the text, and the line has nothing left to explain.
    await user.tab();
    expect(input).toHaveValue('43,56');
    expect(screen.queryByText(/Прочитано як/)).not.toBeInTheDocument();
  });

  it.each([
    { text: '6 700', readAs: false },
    { text: `6${NNBSP}700`, readAs: false },
    { text: '6700', readAs: true },
  ])('reads "$text" as 6700 (a line on how: $readAs)', async ({ text, readAs }) => {
    const { user } = await renderWith('Відправлено контейнерів');
    const input = field('Відправлено контейнерів');
    await user.clear(input);
    await user.paste(text);
    expect(useStore.getState().inputs.containers).toBe(6_700);
    expect(input).not.toHaveAttribute('aria-invalid');
    // Spaces of any width group thousands in Ukrainian: "6 700" is written as the field writes it.
    if (readAs) expect(input).toHaveAccessibleDescription(/Прочитано як 6\s700 контейнерів/);
    else expect(screen.queryByText(/Прочитано як/)).not.toBeInTheDocument();
  });

  it('refuses a bad value in Ukrainian and names the value still in use', async () => {
    const { user } = await renderWith('Снарядів у контейнері');
    const input = field('Снарядів у контейнері');
    await user.clear(input);
    await user.type(input, 'abc');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(
      /Це не число\. Розрахунок і далі використовує 448 снарядів\./,
    );
    expect(resultValue('totalShells')).toBe('3001600');
  });

  it('reads a range typed with "до" and with a dash', async () => {
    const { user } = await renderWith('Відправлено контейнерів');
    await user.click(screen.getByRole('switch', { name: 'Діапазон: відправлено контейнерів' }));
    const input = field('Відправлено контейнерів');
    for (const text of [`6${NBSP}700 – 13${NBSP}000`, '6 700 до 13 000']) {
      await user.clear(input);
      await user.paste(text);
      expect(useStore.getState().ranges.containers).toEqual({ low: 6_700, high: 13_000 });
      expect(input).not.toHaveAttribute('aria-invalid');
    }
  });
});

describe('in Korean', () => {
  beforeEach(() => {
    show('ko');
  });

  it('labels every field in Korean', async () => {
    await renderWith('보낸 컨테이너 수');
    for (const label of [
      '보낸 컨테이너 수',
      '컨테이너당 포탄 수',
      '러시아의 하루 포격량',
      '첫 인도일',
    ]) {
      expect(field(label)).toBeInTheDocument();
    }
    expect(screen.getByRole('heading', { name: '계산의 가정' })).toBeInTheDocument();
  });

  it('reads "6,700" as a Korean reader writes it, and "1,5" as a misplaced comma', async () => {
    const { user } = await renderWith('러시아의 하루 포격량');
    const input = field('러시아의 하루 포격량');
    await user.clear(input);
    await user.type(input, '20,000');
    expect(useStore.getState().inputs.daily).toBe(20_000);
    expect(input).toHaveAccessibleDescription(/읽은 값: 하루 20,000발/);
    await user.clear(input);
    await user.type(input, '1,5');
    expect(input).toHaveAccessibleDescription(/숫자가 아닙니다\. 소수점은 “\.” 기호로 쓰세요/);
  });

  it('gives the bound of a refused value in Korean', async () => {
    const { user } = await renderWith('포탄이 든 컨테이너 비율');
    const input = field('포탄이 든 컨테이너 비율');
    await user.clear(input);
    await user.paste('120');
    expect(input).toHaveAccessibleDescription(/100 이하여야 합니다/);
  });
});

describe('in English', () => {
  it('says how "6700" was read, and says nothing once it is written as the field writes it', async () => {
    const { user } = renderCalculator();
    const input = field('Containers shipped');
    await user.clear(input);
    await user.type(input, '670');
    expect(screen.queryByText(/Read as/)).not.toBeInTheDocument();
    await user.type(input, '0');
    expect(input).toHaveAccessibleDescription(/Read as 6,700 containers/);
  });
});
