// Vietnamese text helpers: diacritic-insensitive matching ("nguyen van" finds "Nguyễn Văn").

/** Lower-case, without diacritics, single-spaced: the form stored in `Member.searchName`. */
export function foldVietnamese(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, "\\$&");

/**
 * A Prisma `contains` filter that matches the text literally. Prisma turns `contains` into LIKE
 * without escaping its wildcards (prisma/prisma#19506): a search for "%" would list everything in
 * scope and "_" would match any character. The backslash is PostgreSQL's default LIKE escape.
 */
export function containsLiterally(text: string) {
  return { contains: escapeLike(text) };
}

/** A Prisma `startsWith` filter that matches the text literally, for the same reason. */
export function startsWithLiterally(text: string) {
  return { startsWith: escapeLike(text) };
}

/**
 * The stored name columns of a member: the tidy name, its folded search form, and the sort key
 * with the given name first ("Nguyễn Văn An" → "an nguyen van"), as Vietnamese lists are ordered.
 */
export function memberNameFields(name: string) {
  const fullName = tidyName(name);
  const searchName = foldVietnamese(fullName);
  const words = searchName.split(" ");
  const sortName = words.length > 1 ? `${words[words.length - 1]} ${words.slice(0, -1).join(" ")}` : searchName;
  return { fullName, searchName, sortName };
}

/** Collapses inner whitespace of a name a user typed or an Excel cell held. */
export function tidyName(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

/**
 * Characters no text column can hold (SECURITY.md #16): U+0000, which PostgreSQL refuses in any
 * text ("invalid byte sequence for encoding UTF8: 0x00"), and lone UTF-16 surrogates (half of an
 * emoji cut in two, or forged: not a character, with no UTF-8 form). A forged form or URL carrying
 * one would otherwise reach the database and fail there as an unexplained 500.
 */
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const UNSTORABLE_ALL = new RegExp(UNSTORABLE.source, "g");

export const hasUnstorableCharacters = (text: string) => UNSTORABLE.test(text);
export const stripUnstorableCharacters = (text: string) => text.replace(UNSTORABLE_ALL, "");
