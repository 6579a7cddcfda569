/** English: timeline. The other languages copy this shape (`typeof timeline`). */
export const timeline = {};
