// Demo mode (embedded database with demo accounts) versus production.
// Demo when APP_MODE=demo, or when APP_MODE is unset and no DATABASE_URL is configured.

export const DEMO_EMAIL_DOMAIN = "@demo.vn";
export const DEMO_PASSWORD = "Demo@2026";

export function isDemoMode(): boolean {
  const mode = process.env.APP_MODE;
  if (mode) return mode === "demo";
  return !process.env.DATABASE_URL;
}

export function isDemoAccount(email: string): boolean {
  return email.toLowerCase().endsWith(DEMO_EMAIL_DOMAIN);
}
