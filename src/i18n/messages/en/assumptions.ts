/** English: assumptions. The other languages copy this shape (`typeof assumptions`). */
export const assumptions = {};
