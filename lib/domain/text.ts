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
