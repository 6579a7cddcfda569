import type { headline as english } from '../en/headline';
import { plural } from '../../format';

const shells = (count: number) =>
  plural(count, 'uk', { one: 'снаряд', few: 'снаряди', many: 'снарядів', other: 'снаряда' });
const days = (count: number) =>
  plural(count, 'uk', { one: 'день', few: 'дні', many: 'днів', other: 'дня' });
const months = (count: number) =>
  plural(count, 'uk', { one: 'місяць', few: 'місяці', many: 'місяців', other: 'місяця' });

export const headline: typeof english = {
  total: 'Доставлено справних снарядів',
  months: 'Місяців російського вогню',
  lastsUntil: 'Вистачить, щоб стріляти до',
  fromFirst: 'якщо стріляти від першої поставки й не мати інших постачань',
  plusRockets: (_count, formatted) => `а також близько ${formatted} ракет 122 мм`,
  usedAsFast:
    'За такого темпу Росія вистрілювала снаряди так само швидко, як вони надходили: на дату підрахунку запасу не лишилося, тож це дата підрахунку, а не те, на скільки вистачить запасу',
  days: (count, formatted) => `${formatted} ${days(count)}`,
  daysAt: (count, daily) => `{days} при ${daily} ${shells(count)} на день`,
  exactShells: (count, formatted) => `Рівно ${formatted} ${shells(count)}`,
  exactMonths: (count, formatted) => `${formatted} ${months(count)} по 30,44 дня`,
  exactDays: (count, formatted) => `${formatted} ${days(count)}`,
  announce: (total, monthCount, until) =>
    `Близько ${total} справних снарядів, ${monthCount} місяця російського вогню` +
    // A date that ends in "р." ends the sentence too.
    (until === null ? '.' : `; вистачить до ${until}${until.endsWith('.') ? '' : '.'}`),
  reasons: {
    notADate: 'Такої дати немає (формат РРРР-ММ-ДД)',
    endNotAfterStart: (start) => `Має бути після першої поставки (${start})`,
    beyondCalendar: 'Пізніше за 9999 рік',
    cannot: 'Неможливо обчислити',
  },
};
