/** `'a', 'b'` for CHECK constraints built from the domain's constant lists. */
export const sqlList = (values: readonly string[]) => values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ');
