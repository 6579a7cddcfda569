/** English: scenario. The other languages copy this shape (`typeof scenario`). */
export const scenario = {};
