/**
 * The first screen in Korean and Ukrainian: the headline's labels come from the language's
 * catalogue and its figures from Intl in that language ("480만", "4,8 млн"); the statement picker
 * and the statement's source speak the language too. June 2024 (Shin): 10,000 containers × 480 =
 * 4,800,000 shells ÷ 10,000 a day = 480 days = 15.77 months, from 2023-09-13 to 2025-01-05.
 */
import { render, screen, within } from '@testing-library/react';
import { HeadlineResults } from '../../src/features/results/headline-results';
import { ScenarioPicker } from '../../src/features/scenario/scenario-picker';
import { ScenarioSource } from '../../src/features/scenario/scenario-source';
import { useStore } from '../../src/store/store';
import { showOnScreen } from '../language-on-screen';

/** Text with Intl's no-break spaces read as plain spaces. */
const plain = (element: Element) => element.textContent.replace(/\s+/g, ' ').trim();

function figure(key: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(`[data-result="${key}"]`);
  if (!found) throw new Error(`no data-result="${key}"`);
  return found;
}

/** An element's text as seen, without the exact values shown on hover and focus. */
function seen(element: Element): string {
  const clone = element.cloneNode(true) as HTMLElement;
  for (const detail of clone.querySelectorAll('.figure-detail')) detail.remove();
  return plain(clone);
}

const shown = (key: string) => seen(figure(key));

/** The line a figure sits in. */
function sub(key: string): Element {
  const line = figure(key).closest('.headline-sub');
  if (!line) throw new Error(`${key} is not in a line`);
  return line;
}

beforeEach(() => {
  useStore.getState().actions.selectScenario('shin-2024-06');
});

describe('the headline in Korean', () => {
  beforeEach(() => {
    showOnScreen('ko');
  });

  it('names the figures in Korean and writes them as Korean does', () => {
    render(<HeadlineResults />);
    expect(screen.getByText('인도된 작동 포탄')).toBeInTheDocument();
    expect(screen.getByText('러시아군 포격 개월 수')).toBeInTheDocument();
    expect(screen.getByText('포격을 이어 갈 수 있는 날')).toBeInTheDocument();
    expect(shown('totalShells')).toBe('480만');
    expect(shown('monthsOfFire')).toBe('15.8');
    expect(shown('daysOfFire')).toBe('480일');
    expect(seen(sub('daysOfFire'))).toBe('하루 10,000발씩 쏘면 480일');
    expect(shown('lastsUntil')).toBe('2025년 1월 5일');
    // The contract's values stay as they are, whatever the language.
    expect(figure('totalShells')).toHaveAttribute('data-value', '4800000');
    expect(figure('totalShells').querySelector('.figure-detail')).toHaveTextContent(
      '정확히 4,800,000발',
    );
  });

  it('gives the reason in Korean when there is no last day', () => {
    // One shell a day from 9999-06-01 lasts far past the calendar's end.
    const { setInput } = useStore.getState().actions;
    setInput('start', '9999-06-01');
    setInput('end', '9999-12-31');
    setInput('daily', 1);
    render(<HeadlineResults />);
    expect(figure('lastsUntil')).not.toHaveAttribute('data-value');
    expect(shown('lastsUntil')).toBe('9999년 이후입니다');
  });

  it('offers the statements by their Korean labels', () => {
    render(<ScenarioPicker />);
    expect(screen.getByRole('heading', { name: '공개된 추정치에서 시작하기' })).toBeInTheDocument();
    const founding = screen.getByRole('group', { name: '출발점이 된 두 발표' });
    expect(
      within(founding).getByRole('button', { name: /2024년 6월\s*컨테이너 10,000개/ }),
    ).toHaveAttribute('aria-pressed', 'true');
    const list = screen.getByRole('combobox', { name: '공개된 모든 발표' });
    // The count keeps its hedge in the label: "at least".
    expect(within(list).getByRole('option', { selected: true })).toHaveTextContent(
      '2024년 6월 · 신원식 · 컨테이너 최소 10,000개',
    );
  });

  it('tells the statement and its source in Korean, the outlet and date included', () => {
    render(<ScenarioSource />);
    const source = screen.getByRole('region', { name: '발표와 출처' });
    expect(source).toHaveTextContent(/컨테이너를 최소 1만 개 포착했으며/);
    expect(source).toHaveTextContent('신원식 국방부 장관(블룸버그 인터뷰)');
    expect(source).toHaveTextContent('2024년 6월 14일');
    expect(within(source).getByRole('link', { name: '우크라인스카 프라우다' })).toBeVisible();
    // The Latin part of an outlet's name is marked English, the rest is Korean.
    expect(within(source).getByText('UNN')).toHaveAttribute('lang', 'en');
    // A capacity conversion, said as one, with its hedges.
    expect(source).toHaveTextContent('적재량 환산');
    expect(source).toHaveTextContent(
      /보도 내용: 컨테이너 최소 10,000개\. 최대 480만 발을 담을 수 있음\./,
    );
    expect(source).toHaveTextContent(/컨테이너당 환산: 480\(자체 계산이며 공표된 수치가 아님\)/);
  });
});

describe('the headline in Ukrainian', () => {
  beforeEach(() => {
    showOnScreen('uk');
  });

  it('names the figures in Ukrainian, with Ukrainian numbers, plurals and dates', () => {
    render(<HeadlineResults />);
    expect(screen.getByText('Доставлено справних снарядів')).toBeInTheDocument();
    expect(screen.getByText('Місяців російського вогню')).toBeInTheDocument();
    expect(shown('totalShells')).toBe('4,8 млн');
    expect(shown('monthsOfFire')).toBe('15,8');
    expect(shown('daysOfFire')).toBe('480 днів');
    expect(seen(sub('daysOfFire'))).toBe('480 днів при 10 000 снарядів на день');
    expect(shown('lastsUntil')).toBe('5 січня 2025 р.');
    expect(figure('totalShells')).toHaveAttribute('data-value', '4800000');
  });

  it('counts a founding statement with the right plural', () => {
    render(<ScenarioPicker />);
    expect(
      screen.getByRole('button', { name: /черв\. 2024 р\.\s*10\s000 контейнерів/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Усі опубліковані заяви' })).toBeInTheDocument();
  });

  it('names what the reader changed, in Ukrainian', () => {
    useStore.getState().actions.setInput('containers', 9_000);
    render(<ScenarioSource />);
    expect(screen.getByText('Змінено.').closest('p')).toHaveTextContent(
      'Ви змінили: Відправлено контейнерів.',
    );
    expect(screen.getByRole('button', { name: 'Повернутися до цієї заяви' })).toBeInTheDocument();
  });
});
