/**
 * The first line of every CSV names the statement the figures start from (and whether the reader
 * changed any), the permalink, the day of the download and the day the figures were reviewed, in
 * the language on screen.
 */
import { FACTS_REVIEWED } from '../../src/facts/reviewed';
import { currentCsvHeading } from '../../src/store/csv-heading';
import { resetStore, useStore } from '../../src/store/store';
import { showOnScreen } from '../language-on-screen';

beforeEach(() => {
  resetStore();
});

const TODAY = /\d{4}-\d{2}-\d{2}/;

describe(currentCsvHeading, () => {
  it.each([
    {
      lang: 'en',
      app: 'Shell Count',
      label: 'Feb 2024 · Shin Won-sik · about 6,700 containers',
      changed: 'with your changes',
      downloaded: 'downloaded',
    },
    {
      lang: 'ko',
      app: '셸 카운트',
      label: '2024년 2월 · 신원식 · 컨테이너 약 6,700개',
      changed: '직접 바꾼 값 포함',
      downloaded: '내려받은 날',
    },
    {
      lang: 'uk',
      app: 'Лічильник снарядів',
      label: 'лют. 2024 р. · Шін Вон Сік · близько 6\u00a0700 контейнерів',
      changed: 'зі змінами читача',
      downloaded: 'завантажено',
    },
  ] as const)(
    '$lang: the statement, the link and the dates',
    ({ lang, app, label, changed, downloaded }) => {
      showOnScreen(lang);
      const unchanged = currentCsvHeading();
      expect(unchanged.startsWith(`${app}: ${label}.`)).toBe(true);
      expect(unchanged).toContain('http://localhost:3000/ ·');
      expect(unchanged).toContain(downloaded);
      expect(unchanged).toMatch(TODAY);
      expect(unchanged).toContain(FACTS_REVIEWED);
      expect(unchanged).not.toContain(changed);
      useStore.getState().actions.setInput('daily', 20_000);
      const heading = currentCsvHeading();
      expect(heading).toContain(`${label}, ${changed}.`);
      expect(heading).toContain('http://localhost:3000/?v=3&daily=20000 ·');
    },
  );
});
