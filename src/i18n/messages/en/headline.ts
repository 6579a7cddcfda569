/** English: headline. The other languages copy this shape (`typeof headline`). */
export const headline = {};
