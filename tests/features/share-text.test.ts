/** The sentence that goes with a shared link, and how sharing and copying fail quietly. */
import { canShareLink, isAbort, writeToClipboard } from '../../src/features/share/clipboard';
import { shareSentence } from '../../src/features/share/share-text';
import { share as en } from '../../src/i18n/messages/en/share';
import { share as ko } from '../../src/i18n/messages/ko/share';
import { share as uk } from '../../src/i18n/messages/uk/share';
import { computeResults } from '../../src/model/results';
import { CONTRACT_DEFAULTS } from '../contract-defaults';

afterEach(() => {
  Object.defineProperty(window.navigator, 'clipboard', { value: undefined, configurable: true });
  Reflect.deleteProperty(window.navigator, 'share');
  Reflect.deleteProperty(window.navigator, 'canShare');
});

describe('shareSentence', () => {
  it('gives the headline figures, rounded as on screen', () => {
    expect(shareSentence(computeResults(CONTRACT_DEFAULTS), en, 'en')).toBe(
      'About 3.0 million shells: 9.9 months of Russian fire.',
    );
    // June 2024: 10,000 containers × 480 = 4.8 million; 480 days = 15.77 months.
    expect(
      shareSentence(
        computeResults({ ...CONTRACT_DEFAULTS, containers: 10_000, perContainer: 480 }),
        en,
        'en',
      ),
    ).toBe('About 4.8 million shells: 15.8 months of Russian fire.');
  });

  it('reads well below a million', () => {
    expect(shareSentence({ totalShells: 871_000, monthsOfFire: 2.86 }, en, 'en')).toBe(
      'About 870,000 shells: 2.9 months of Russian fire.',
    );
  });

  it('speaks Korean and Ukrainian', () => {
    const results = computeResults(CONTRACT_DEFAULTS);
    expect(shareSentence(results, ko, 'ko')).toBe('포탄 약 300만 발, 러시아 포격 9.9개월분입니다.');
    expect(shareSentence(results, uk, 'uk')).toBe(
      'Близько 3,0\u00a0млн снарядів: 9,9 міс. російського вогню.',
    );
  });
});

describe('writeToClipboard', () => {
  it('is true when the clipboard takes the text', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(window.navigator, 'clipboard', {
      value: { writeText },
      configurable: true,
    });
    await expect(writeToClipboard('x')).resolves.toBe(true);
    expect(writeText).toHaveBeenCalledWith('x');
  });

  it('is false, never a throw, without a clipboard, or when it refuses or throws', async () => {
    await expect(writeToClipboard('x')).resolves.toBe(false);
    for (const writeText of [
      () => Promise.reject(new DOMException('Denied', 'NotAllowedError')),
      () => {
        throw new Error('Sandboxed');
      },
    ]) {
      Object.defineProperty(window.navigator, 'clipboard', {
        value: { writeText },
        configurable: true,
      });
      await expect(writeToClipboard('x')).resolves.toBe(false);
    }
    Object.defineProperty(window.navigator, 'clipboard', { value: {}, configurable: true });
    await expect(writeToClipboard('x')).resolves.toBe(false);
  });
});

describe('canShareLink and isAbort', () => {
  it('offers sharing only with navigator.share, and only if canShare agrees', () => {
    expect(canShareLink('https://a.example/')).toBe(false);
    Object.defineProperty(window.navigator, 'share', { value: vi.fn(), configurable: true });
    expect(canShareLink('https://a.example/')).toBe(true);
    const canShare = vi.fn(() => false);
    Object.defineProperty(window.navigator, 'canShare', { value: canShare, configurable: true });
    expect(canShareLink('https://a.example/')).toBe(false);
    expect(canShare).toHaveBeenCalledWith({ url: 'https://a.example/' });
    Object.defineProperty(window.navigator, 'canShare', {
      value: () => {
        throw new TypeError('odd browser');
      },
      configurable: true,
    });
    expect(canShareLink('https://a.example/')).toBe(false);
  });

  it('tells a closed share sheet from a failure', () => {
    expect(isAbort(new DOMException('Share canceled', 'AbortError'))).toBe(true);
    expect(isAbort(new DOMException('No', 'NotAllowedError'))).toBe(false);
    expect(isAbort(new TypeError('x'))).toBe(false);
    expect(isAbort('AbortError')).toBe(false);
    expect(isAbort(null)).toBe(false);
  });
});
