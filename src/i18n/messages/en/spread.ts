/** English: spread. The other languages copy this shape (`typeof spread`). */
export const spread = {};
