/**
 * A citation in the page's language: the date as the language writes it, the speaker and outlet
 * as given in that language, and any Latin letters of an outlet's name marked English so that a
 * Korean or Ukrainian page holds no unmarked English.
 */
import { render, screen } from '@testing-library/react';
import type { Citation } from '../../src/facts/types';
import { CitationLink } from '../../src/ui/citation-link';
import { SourceRef } from '../../src/ui/source-ref';

const CITATION: Citation = {
  speaker: 'Defence Minister Shin Won-sik (media briefing)',
  outlet: 'Reuters via The Star',
  date: '2024-02-26',
  url: 'https://example.org/article',
};

describe(CitationLink, () => {
  it('reads "speaker · outlet, date" in English, unmarked', () => {
    const { container } = render(<CitationLink citation={CITATION} lang="en" />);
    expect(container).toHaveTextContent(
      'Defence Minister Shin Won-sik (media briefing) · Reuters via The Star, February 26, 2024',
    );
    expect(container.querySelector('[lang]')).toBeNull();
    expect(screen.getByRole('link', { name: 'Reuters via The Star' })).toHaveAttribute(
      'href',
      CITATION.url,
    );
  });

  it('takes the speaker and outlet in Korean, with a Korean date', () => {
    const { container } = render(
      <CitationLink
        citation={CITATION}
        lang="ko"
        speaker="신원식 국방부 장관(언론 브리핑)"
        outlet="로이터(더 스타 재인용)"
      />,
    );
    expect(container).toHaveTextContent(
      '신원식 국방부 장관(언론 브리핑) · 로이터(더 스타 재인용), 2024년 2월 26일',
    );
    expect(container.querySelector('time')).toHaveAttribute('datetime', '2024-02-26');
    expect(container.querySelector('[lang]')).toBeNull();
  });

  it('marks the Latin parts of an outlet, and an untranslated speaker, as English', () => {
    const { container } = render(
      <CitationLink citation={CITATION} lang="uk" outlet="Reuters через The Star" />,
    );
    const english = [...container.querySelectorAll('[lang="en"]')].map((el) => el.textContent);
    expect(english).toEqual([CITATION.speaker, 'Reuters', 'The Star']);
    expect(screen.getByRole('link')).toHaveTextContent('Reuters через The Star');
    expect(container.textContent.replace(/\s/g, ' ')).toContain('26 лютого 2024 р.');
  });
});

describe(SourceRef, () => {
  it('marks a Latin source name English on a page in another language', () => {
    render(<SourceRef source="US Army TM 9-1300-203" url="https://example.org" lang="ko" />);
    expect(screen.getByRole('link')).toHaveTextContent('US Army TM 9-1300-203');
    expect(screen.getByText('US Army TM 9-1300-203')).toHaveAttribute('lang', 'en');
  });

  it('marks nothing in English', () => {
    const { container } = render(<SourceRef source="RUSI" />);
    expect(container.querySelector('[lang]')).toBeNull();
  });
});
