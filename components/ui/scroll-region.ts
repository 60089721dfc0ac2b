// A box that scrolls sideways on a phone (a wide table) must be reachable by keyboard, or its
// hidden columns cannot be read without a mouse (axe: scrollable-region-focusable).
export function scrollRegion(label = "Bảng, cuộn ngang để xem hết") {
  return { tabIndex: 0, role: "region", "aria-label": label } as const;
}
