// The place a throttle counts an address as (lib/auth/throttle.ts): an IPv6 address's /64.
import { describe, expect, it } from "vitest";
import { placeOf } from "@/lib/auth/throttle";

describe("placeOf", () => {
  it("keeps an IPv4 address as it is, also when written as IPv6", () => {
    expect(placeOf("203.0.113.7")).toBe("203.0.113.7");
    expect(placeOf("::ffff:203.0.113.7")).toBe("203.0.113.7");
  });

  it("counts an IPv6 address as its /64 network, however it is written", () => {
    const network = "2001:db8:7:1::/64";
    expect(placeOf("2001:db8:7:1::1")).toBe(network);
    expect(placeOf("2001:0DB8:0007:0001:abcd:ef01:2345:6789")).toBe(network);
    expect(placeOf("2001:db8:7:1:ffff:ffff:ffff:ffff")).toBe(network);
    expect(placeOf("2001:db8:7:2::1")).toBe("2001:db8:7:2::/64");
    expect(placeOf("::1")).toBe("0:0:0:0::/64");
  });

  it("keeps what is not an address (outside a request: “unknown”) as it is", () => {
    expect(placeOf("unknown")).toBe("unknown");
    expect(placeOf("")).toBe("");
  });
});
