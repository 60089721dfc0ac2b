// next-auth configuration: credentials sign-in, short JWT sessions that carry the user id only.
// Roles are never read from the token: getViewer() reloads them on every request.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { passwordLogin } from "./password-login";
import { ensureAuthSecret } from "./secret";

export const SESSION_MAX_AGE = 8 * 60 * 60; // one working day

/**
 * The client's address for throttling. `next start` fills X-Forwarded-For from the socket when
 * the request has none. Behind a reverse proxy that sets the header (TRUST_PROXY=1) the first
 * entry is the client; otherwise only the last entry, the nearest hop, is believed.
 */
export function clientAddress(headers: Record<string, string | string[] | undefined> | undefined): string {
  const raw = headers?.["x-forwarded-for"];
  const entries = (Array.isArray(raw) ? raw.join(",") : (raw ?? "")).split(",").map((s) => s.trim()).filter(Boolean);
  const address = process.env.TRUST_PROXY === "1" ? entries[0] : entries[entries.length - 1];
  return address || "unknown";
}

export const authOptions: NextAuthOptions = {
  secret: ensureAuthSecret(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE, updateAge: 15 * 60 },
  jwt: { maxAge: SESSION_MAX_AGE },
  pages: { signIn: "/dang-nhap", error: "/dang-nhap" },
  providers: [
    CredentialsProvider({
      name: "Email",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Mật khẩu", type: "password" } },
      async authorize(credentials, req) {
        const result = await passwordLogin(credentials, clientAddress(req?.headers));
        if (result.ok) return { id: result.userId };
        // next-auth hands this message to the sign-in form, which shows it in Vietnamese.
        if (result.error === "THROTTLED") throw new Error(`THROTTLED:${result.retryAfter ?? 900}`);
        return null;
      },
    }),
  ],
  callbacks: {
    // The token keeps the user id only (`sub`); nothing else that could grant a role.
    async jwt({ token, user }) {
      if (user) token.sub = user.id;
      return { sub: token.sub, iat: token.iat, exp: token.exp, jti: token.jti };
    },
    async session({ session, token }) {
      return { expires: session.expires, user: { id: token.sub } } as typeof session;
    },
  },
};
