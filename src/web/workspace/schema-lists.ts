// Lists of the API's values the workspace offers (statuses, kinds, roles), checked against the
// schemas' lists at compile time: the browser loads no zod, so it keeps its own copy, and a value
// the schema adds, drops or renames breaks the build instead of silently missing from a menu.

/** `list` unchanged, once the compiler has checked that it holds every value of T and no other. */
export const everyOf =
  <T extends string>() =>
  <const L extends readonly T[]>(list: L & ([T] extends [L[number]] ? unknown : { missing: Exclude<T, L[number]> })): L =>
    list;
