// Who is asking: the user and their role grants, re-read from the database on every request
// (lib/data/viewer.ts), so a removed role or a disabled account stops working at once.
import type { Role, UnitKind } from "@/lib/generated/prisma/enums";

export type Grant = {
  role: Role;
  unitId: string;
  unitKind: UnitKind;
  unitName: string;
  /** The cơ sở the grant's unit sits in (itself for a cơ sở; null above). */
  coSoId: string | null;
  /** The tenants this grant reaches: the unit's Khối, or every Khối under a city. */
  khoiIds: string[];
};

export type Viewer = {
  userId: string;
  email: string;
  name: string;
  mustChangePassword: boolean;
  grants: Grant[];
};

/**
 * Where a record sits in the tree. Every field comes from the database row, never from the
 * client. `unitId` is set when the target is a unit itself.
 */
export type Target = {
  khoiId: string | null;
  coSoId?: string | null;
  chiDoanId?: string | null;
  unitId?: string | null;
  ownerUserId?: string | null;
};
