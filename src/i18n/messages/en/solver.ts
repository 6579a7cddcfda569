/** English: solver. The other languages copy this shape (`typeof solver`). */
export const solver = {};
