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

/** Collapses inner whitespace of a name a user typed or an Excel cell held. */
export function tidyName(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}
