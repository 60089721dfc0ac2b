// Read-your-writes with a replica (lib/server/replica-cookie.mjs, lib/db/replica.ts): the WAL
// position a write leaves in the browser's cookie, read back strictly, and ordered as positions are.
import { describe, expect, it } from "vitest";
import { writtenPosition } from "@/lib/server/replica-cookie.mjs";
import { walPosition } from "@/lib/db/replica";

describe("the position a write leaves for the browser", () => {
  it("is read from its cookie among others", () => {
    expect(writtenPosition("a=1; portal_wal=16/B374D848; b=2")).toBe("16/B374D848");
    expect(writtenPosition("portal_wal=0/40381B8")).toBe("0/40381B8");
  });

  it("is ignored when absent or not a position", () => {
    for (const header of [
      undefined,
      "",
      "portal_wal=",
      "portal_wal=16B374D848",
      "portal_wal=1/2/3",
      "portal_wal=G/1",
      "portal_wal=123456789/1",
      "xportal_wal=1/1",
    ])
      expect(writtenPosition(header), String(header)).toBeUndefined();
  });

  it("orders as WAL positions do: the high part first", () => {
    expect(walPosition("0/FFFFFFFF")! < walPosition("1/0")!).toBe(true);
    expect(walPosition("16/B374D848")).toBe((0x16n << 32n) + 0xb374d848n);
    expect(walPosition("nonsense")).toBeNull();
  });
});
