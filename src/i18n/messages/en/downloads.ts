/** English: downloads. The other languages copy this shape (`typeof downloads`). */
export const downloads = {};
