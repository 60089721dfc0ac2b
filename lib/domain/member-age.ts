// A member's birth and Đoàn-join dates checked against each other and against Đoàn age, with no
// I/O: the member schemas (form and server) and the Excel import refuse what cannot be, and the
// form warns, beside the birth date, about what is merely unusual.
//
// The charter (Điều lệ Đoàn) admits young people from 16 to 30; older charters admitted from 15,
// and members stay on past 30 while they hold Đoàn posts. So:
//  - refused: a join date before the birth date, or before the age of 14 (no charter ever
//    admitted so young: it is a typo, or the Đội join date typed in its place);
//  - warned, not refused: joined at 14 or 15, under 16 or over 30 today (the list still has to
//    hold such members as the unit's records have them).

/** The age the charter admits from, and the age a member normally leaves at. */
export const UNION_MIN_AGE = 16;
export const UNION_MAX_AGE = 30;
/** Younger than this at the join date is refused. */
export const JOIN_REFUSED_UNDER = 14;

/** Whole years from `birth` to `on` (calendar dates at UTC midnight). */
export function ageOn(birth: Date, on: Date): number {
  const years = on.getUTCFullYear() - birth.getUTCFullYear();
  const beforeBirthday =
    on.getUTCMonth() < birth.getUTCMonth() || (on.getUTCMonth() === birth.getUTCMonth() && on.getUTCDate() < birth.getUTCDate());
  return beforeBirthday ? years - 1 : years;
}

/** Why a join date cannot be right for this birth date (Vietnamese), or null. */
export function joinDateProblem(birth: Date | null, joined: Date | null): string | null {
  if (!birth || !joined) return null;
  if (joined < birth) return "Ngày vào Đoàn không được trước ngày sinh";
  if (ageOn(birth, joined) < JOIN_REFUSED_UNDER)
    return `Ngày vào Đoàn không hợp lý: khi đó chưa đủ ${JOIN_REFUSED_UNDER} tuổi (Đoàn kết nạp từ ${UNION_MIN_AGE} tuổi)`;
  return null;
}

/** What is unusual but possible about a member's age (Vietnamese), shown as warnings. */
export function memberAgeWarnings(birth: Date | null, joined: Date | null, today: Date): string[] {
  if (!birth || birth > today) return [];
  const warnings: string[] = [];
  const age = ageOn(birth, today);
  if (age < UNION_MIN_AGE) warnings.push(`Mới ${age} tuổi: chưa đủ tuổi Đoàn (từ ${UNION_MIN_AGE} tuổi)`);
  else if (age > UNION_MAX_AGE) warnings.push(`Đã ${age} tuổi: quá tuổi Đoàn (${UNION_MAX_AGE} tuổi)`);
  if (joined && !joinDateProblem(birth, joined) && joined <= today) {
    const atJoin = ageOn(birth, joined);
    if (atJoin < UNION_MIN_AGE) warnings.push(`Vào Đoàn khi mới ${atJoin} tuổi (thường từ ${UNION_MIN_AGE} tuổi)`);
    else if (atJoin > UNION_MAX_AGE) warnings.push(`Vào Đoàn khi đã ${atJoin} tuổi (quá tuổi Đoàn)`);
  }
  return warnings;
}
