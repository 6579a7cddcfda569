/** English: sensitivity. The other languages copy this shape (`typeof sensitivity`). */
export const sensitivity = {};
