/** English: results. The other languages copy this shape (`typeof results`). */
export const results = {};
