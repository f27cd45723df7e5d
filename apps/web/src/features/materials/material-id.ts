const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Material ids are UUIDs (the API refuses anything else): a mistyped link needs no request to be "not found". */
export const isMaterialId = (id: string): boolean => UUID.test(id);
