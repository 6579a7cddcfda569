import type { spread as english } from '../en/spread';

// Months here always carry one decimal ("9,9"), and a fraction takes the form "місяця".
export const spread: typeof english = {
  title: 'Наскільки розкидана відповідь',
  dek: 'Вважаємо, що кожен діапазон з імовірністю 90% містить справжнє значення; ось наскільки це розкидає обидві відповіді.',
  invitation: (example, samples) =>
    `Не впевнені в числі? Введіть його як діапазон, наприклад ${example}: калькулятор вважатиме, що справжнє значення з імовірністю 90% лежить усередині, перебере ${samples} значень у цих межах і покаже тут, наскільки розкидається відповідь.`,
  tryPublished: 'Спробувати опубліковані проміжки',
  publishedSpans: (perContainer, daily) =>
    `Снарядів на контейнер: ${perContainer} (від супутникового підрахунку до урядової цифри); російський вогонь: ${daily} на добу (від RUSI до Сирського).`,
  measures: {
    totalShells: 'Доставлено справних снарядів',
    monthsOfFire: 'Місяці російських обстрілів',
  },
  months: (months) => `${months} місяця`,
  histogram: (title, median, low, high) =>
    `${title}: медіана ${median}; 90% діапазон — від ${low} до ${high}.`,
  median: (median) => `медіана ${median}`,
  waiting: 'Обчислюємо розкид…',
  inside: 'Середні 90%',
  outside: 'поза ними',
  samples: (count, tail) =>
    `Обчислено за ${count} випадковими значеннями з фіксованим зерном; крайні ${tail} з кожного боку не показано.`,
  tableCaption: 'Розкид результатів у цифрах',
  percentiles: { low: '5-й процентиль', median: 'Медіана', high: '95-й процентиль' },
};
