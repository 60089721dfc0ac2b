// next-auth configuration: credentials sign-in, short JWT sessions that carry the user id only.
// Roles are never read from the token: getViewer() reloads them on every request.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { passwordLogin } from "./password-login";
import { ensureAuthSecret } from "./secret";
import { clientAddress } from "./client-address";

export const SESSION_MAX_AGE = 8 * 60 * 60; // one working day

export const authOptions: NextAuthOptions = {
  secret: ensureAuthSecret(),
  // Secure cookies (and the __Secure- prefix) whenever the portal is served over HTTPS.
  useSecureCookies: (process.env.NEXTAUTH_URL ?? "").startsWith("https://"),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE, updateAge: 15 * 60 },
  jwt: { maxAge: SESSION_MAX_AGE },
  pages: { signIn: "/dang-nhap", error: "/dang-nhap" },
  providers: [
    CredentialsProvider({
      name: "Email",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Mật khẩu", type: "password" } },
      async authorize(credentials, req) {
        let result;
        try {
          result = await passwordLogin(credentials, clientAddress(req?.headers));
        } catch (error) {
          // Never hand a database error to the browser; the form says the service is unavailable.
          console.error("[auth] sign-in failed", error);
          throw new Error("UNAVAILABLE");
        }
        if (result.ok) return { id: result.userId, sessionVersion: result.sessionVersion };
        // next-auth hands this message to the sign-in form, which shows it in Vietnamese.
        if (result.error === "THROTTLED") throw new Error(`THROTTLED:${result.retryAfter ?? 900}`);
        return null;
      },
    }),
  ],
  callbacks: {
    // The token keeps the user id (`sub`) and the account's session version (`sv`) only; nothing
    // that could grant a role. A password change or reset bumps the version: older tokens stop.
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion;
      }
      return { sub: token.sub, sv: token.sv, iat: token.iat, exp: token.exp, jti: token.jti };
    },
    async session({ session, token }) {
      return { expires: session.expires, user: { id: token.sub, sv: token.sv } } as typeof session;
    },
  },
};
