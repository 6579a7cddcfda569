/** English: sources. The other languages copy this shape (`typeof sources`). */
export const sources = {};
