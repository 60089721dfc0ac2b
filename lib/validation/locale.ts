// zod's built-in messages (a number where text is expected, a malformed id…) in Vietnamese. Only a
// forged request meets them, yet every refusal must read in the portal's language (SECURITY.md
// #16). The setting is global: every schema module imports this file, directly or via fields.ts.
import { z } from "zod";

z.config(z.locales.vi());
