/** English: notices. The other languages copy this shape (`typeof notices`). */
export const notices = {};
