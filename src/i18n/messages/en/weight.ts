/** English: weight. The other languages copy this shape (`typeof weight`). */
export const weight = {};
