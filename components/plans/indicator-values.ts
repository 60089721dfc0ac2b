// Yearly targets of a term indicator as staff type them: "2019: 200; 2020: 250".

/** "2019: 200; 2020: 1.000" → [{ year: "2019", target: "200" }, …]; the server validates. */
export function parseYearTargets(text: string | undefined) {
  return (text ?? "")
    .split(/[;\n]+/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [year, target = ""] = part.split(/\s*[:=]\s*/);
      return { year, target: target.replace(/\./g, "").replace(",", ".") };
    });
}

export function formatYearTargets(list: { year: number; target: number }[]) {
  return list.map((y) => `${y.year}: ${y.target.toLocaleString("vi-VN")}`).join("; ");
}
