// The largest numbers the portal takes, with the messages that say so. A figure past them is a
// typo (an extra group of zeros, a pasted account number), not a result: refused beside the
// field with its own message, never with the "write it like this" one. Plain data, no I/O.

/** Counts (people, records, a count target): a Khối has thousands of members, not millions. */
export const MAX_COUNT = 1_000_000;
export const COUNT_TOO_LARGE = "Chỉ tiêu quá lớn (tối đa 1.000.000)";

/**
 * Money in đồng: 1.000 tỷ, far past any youth-union budget, and stored exactly (the columns are
 * doubles, exact for whole numbers up to 9 × 10^15).
 */
export const MAX_MONEY = 1_000_000_000_000;
export const MONEY_TOO_LARGE = "Số tiền quá lớn (tối đa 1.000 tỷ đồng)";
export const MONEY_TARGET_TOO_LARGE = "Chỉ tiêu quá lớn (tối đa 1.000 tỷ đồng)";

/** Hours of volunteer work on one day. */
export const MAX_DAY_HOURS = 24;

/** The largest target an indicator measured this way may have, and the message past it. */
export function targetCeiling(measure: string): { max: number; message: string } {
  return measure === "MONEY" ? { max: MAX_MONEY, message: MONEY_TARGET_TOO_LARGE } : { max: MAX_COUNT, message: COUNT_TOO_LARGE };
}

/** The message for a target too large for its measure, or null. */
export const targetTooLarge = (measure: string, target: number): string | null => {
  const { max, message } = targetCeiling(measure);
  return target > max ? message : null;
};
