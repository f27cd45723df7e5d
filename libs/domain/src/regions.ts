/** Bishkek, Osh city and the seven oblasts of the Kyrgyz Republic. */
export const REGIONS = [
  'bishkek',
  'osh_city',
  'batken',
  'chui',
  'issyk_kul',
  'jalal_abad',
  'naryn',
  'osh',
  'talas',
] as const;
export type Region = (typeof REGIONS)[number];
