import { extractText, getDocumentProxy } from 'unpdf';
import { expect, expectHeightFollowsContent, test } from './embed-helpers';

/**
 * An article that embeds the calculator, printed to PDF by Chromium as a reader's "Print" would:
 * the embed prints as a static summary (the headline, the working, each group of assumptions on
 * one line, the date of the figures and the permalink written out) in a box embed.js gives its
 * height on paper, so that the box stays on the article's first page instead of leaving it blank.
 */

/** The text of each page of a PDF. */
async function pdfPages(pdf: Buffer): Promise<string[]> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(document, { mergePages: false });
  return text.map((page) => page.replace(/\s+/g, ' '));
}

for (const width of [375, 1024]) {
  test(`the printed article shows the summary and the permalink (read at ${String(width)} px)`, async ({
    loopbackPage: page,
    openArticle,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    const { frame } = await openArticle({ search: '?v=3&scenario=shin-2024-06&embed=1' });
    await expectHeightFollowsContent(page, frame);
    const pages = await pdfPages(await page.pdf({ format: 'A4' }));
    const first = pages[0] ?? '';
    // The article's start and the whole summary on the first page.
    expect(first).toContain('How long do North Korea’s shells last?');
    expect(first).toContain('4.8 million');
    expect(first).toContain('Working shells delivered');
    expect(first).toMatch(/10,000 containers × 480 shells each/);
    // Each group of assumptions on its line (the group's name in capitals, as on screen).
    expect(first).toMatch(/What was shipped 10,000 containers · 480 shells · 100% · 100%/i);
    expect(first).toMatch(/How fast Russia fires 10,000 shells a day/i);
    expect(first).toMatch(/Figures as of December 5, 2026/);
    expect(first).toMatch(
      /These figures online: http:\/\/localhost:\d+\/\?v=3&scenario=shin-2024-06/,
    );
    // Only the summary: not the chart, nor what works only on screen.
    const all = pages.join(' ');
    expect(all).not.toContain('Open full calculator');
    expect(all).not.toContain('Loading');
    expect(all).not.toContain('Deliveries against Russian fire');
    // The article goes on after the box, on the same page.
    expect(first).toContain('The figures above are worked out live');
    // And on screen again, the box has its screen height back.
    await expectHeightFollowsContent(page, frame);
  });
}
