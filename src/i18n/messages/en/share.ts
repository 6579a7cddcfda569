/** English: share. The other languages copy this shape (`typeof share`). */
export const share = {};
