// What the demo-year builders need to know about a tenant, read from the database once.

export type WorkUnit = { id: string; name: string };
export type WorkCoSo = WorkUnit & { chiDoans: WorkUnit[]; secretaryId: string | null };
export type WorkMember = { id: string; coSoId: string; chiDoanId: string; userId: string | null; email: string | null };
export type WorkIndicator = { id: string; recordKind: string | null; wording: string; period: string; appliesTo: string };
export type WorkActivity = {
  id: string;
  name: string;
  startsOn: Date;
  endsOn: Date | null;
  hours: number;
  field: string | null;
  registeredCoSoIds: string[] | null;
};

export type WorkTenant = {
  khoiId: string;
  khoiName: string;
  /** The current year's published Khối plan: projects sit under it, commitments follow its pillars */
  planId: string;
  planIssuedOn: Date | null;
  pillars: string[];
  indicators: WorkIndicator[];
  /** In the tree's order: the first is the demo cơ sở */
  coSos: WorkCoSo[];
  /** Ordered by email, so the same members are drawn on every run */
  members: WorkMember[];
  /** Khối accounts: [the staff member who reviews day to day, the admin who honours] */
  reviewers: [string, string];
  /** chi đoàn id → the account of its secretary (demo accounts only) */
  chiDoanSecretaries: Record<string, string>;
};
