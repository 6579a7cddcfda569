/** English: compare. The other languages copy this shape (`typeof compare`). */
export const compare = {};
