/**
 * Spreadsheets run cells that start with = + - @ as formulas (CSV injection). The export prefixes such cells
 * with an apostrophe, which spreadsheets hide, and the import removes it again so a file round-trips.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export const protectCell = (value: string) => (FORMULA_START.test(value) ? `'${value}` : value);

export const unprotectCell = (value: string) =>
  value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
