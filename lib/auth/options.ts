// next-auth configuration: credentials sign-in, short JWT sessions that carry the user id, the
// account's session version and the server-side session id only. Roles are never read from the
// token: getViewer() reloads them, and checks the session, on every request.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { cookies } from "next/headers";
import { requestClientAddress } from "@/lib/server/request-context";
import { passwordLogin } from "./password-login";
import { ensureAuthSecret } from "./secret";
import { DEVICE_COOKIE, DEVICE_MAX_AGE, issueDeviceToken } from "./device";
import { endSession, SESSION_IDLE_SECONDS, sessionExists, sessionLeftToCheck } from "./sessions";

/** Thrown to next-auth when a token names a session that has ended: it then clears the cookie. */
const SESSION_ENDED = "SESSION_ENDED";

const publicUrl = process.env.NEXTAUTH_URL;

export const authOptions: NextAuthOptions = {
  secret: ensureAuthSecret(),
  // Secure cookies (and the __Secure- prefix) whenever the portal is served over HTTPS: from the
  // configured public URL, else next-auth reads the scheme the HTTP server decided per request.
  useSecureCookies: publicUrl ? publicUrl.startsWith("https://") : undefined,
  // The cookie lives as long as the idle lifetime; the server also ends the session at its
  // absolute end and at sign-out (lib/auth/sessions.ts).
  session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS, updateAge: 15 * 60 },
  jwt: { maxAge: SESSION_IDLE_SECONDS },
  pages: { signIn: "/dang-nhap", error: "/dang-nhap" },
  providers: [
    CredentialsProvider({
      name: "Email",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Mật khẩu", type: "password" } },
      async authorize(credentials, req) {
        const jar = await cookies();
        let result;
        try {
          result = await passwordLogin(credentials, {
            address: requestClientAddress(),
            userAgent: typeof req?.headers?.["user-agent"] === "string" ? req.headers["user-agent"] : null,
            deviceToken: jar.get(DEVICE_COOKIE)?.value,
          });
        } catch (error) {
          // Never hand a database error to the browser; the form says the service is unavailable.
          console.error("[auth] sign-in failed", error);
          throw new Error("UNAVAILABLE");
        }
        if (result.ok) {
          // This browser is now one the account has used (lib/auth/device.ts).
          jar.set(DEVICE_COOKIE, issueDeviceToken(result.userId), {
            httpOnly: true,
            sameSite: "lax",
            path: "/",
            maxAge: DEVICE_MAX_AGE,
            secure: (req?.headers?.["x-forwarded-proto"] ?? "") === "https" || !!publicUrl?.startsWith("https://"),
          });
          return { id: result.userId, sessionVersion: result.sessionVersion, sessionId: result.sessionId };
        }
        if (result.error === "INVALID") return null;
        // next-auth hands this message to the sign-in form, which shows it in Vietnamese.
        throw new Error(`${result.error}:${result.retryAfter ?? 900}`);
      },
    }),
  ],
  callbacks: {
    // The token keeps the user id (`sub`), the session version (`sv`) and the session id (`sid`);
    // nothing that could grant a role. A password change bumps the version; sign-out ends the session.
    async jwt({ token, user }) {
      if (user) {
        const signedIn = user as { sessionVersion?: number; sessionId?: string };
        token.sub = user.id;
        token.sv = signedIn.sessionVersion;
        token.sid = signedIn.sessionId;
      } else if (sessionLeftToCheck() && !(await sessionExists(token.sid))) {
        // A cookie of an ended session is neither answered nor refreshed, but cleared.
        throw new Error(SESSION_ENDED);
      }
      return { sub: token.sub, sv: token.sv, sid: token.sid, iat: token.iat, exp: token.exp, jti: token.jti };
    },
    async session({ session, token }) {
      return { expires: session.expires, user: { id: token.sub, sv: token.sv, sid: token.sid } } as typeof session;
    },
  },
  logger: {
    // An ended session's cookie is expected traffic (a tab left open after signing out), not an error.
    error(code, metadata) {
      if (code === "JWT_SESSION_ERROR" && (metadata as { message?: string })?.message === SESSION_ENDED) return;
      console.error(`[next-auth][error][${code}]`, metadata);
    },
    warn(code) {
      console.warn(`[next-auth][warn][${code}]`);
    },
    debug() {},
  },
  events: {
    // "Đăng xuất" ends the session on the server: a copy of the cookie saved before is refused.
    async signOut({ token }) {
      if (typeof token?.sid === "string") await endSession(token.sid);
    },
  },
};
