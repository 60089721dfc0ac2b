// ESLint for the whole project (run by `npm run lint`, which `npm test` runs first): Next.js's
// rules (core web vitals, TypeScript), Prettier owns the formatting, and the import boundaries
// the architecture promises (README "Architecture"):
// - components never import lib/data or lib/db: they get plain props from pages;
// - only lib/data, lib/auth (and the seed, scripts and tests) import lib/db: every query goes
//   through the data layer, which scopes it by the viewer.
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

const dataLayer = {
  group: ["@/lib/data", "@/lib/data/*"],
  message: "Components get plain props from pages; only pages, route handlers and actions call lib/data.",
};
// The tenant context is not the database: actions and route handlers set it for their data calls.
const database = {
  regex: "^@/lib/(db(?!/tenant-context$)(/.*)?|generated/prisma/client)$",
  message: "Only lib/data and lib/auth open the database (every query scoped by the viewer).",
};

const config = [
  { ignores: ["node_modules/**", ".next/**", ".data/**", "lib/generated/**", "test-results/**", "next-env.d.ts"] },
  ...nextVitals,
  ...nextTypescript,
  prettier,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Types may cross the boundaries (a component shows a DTO); code may not.
      "@typescript-eslint/no-restricted-imports": ["error", { patterns: [{ ...database, allowTypeImports: true }] }],
    },
  },
  {
    files: ["components/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { patterns: [dataLayer, database].map((p) => ({ ...p, allowTypeImports: true })) },
      ],
    },
  },
  {
    // The layers that may open the database, and the code around them that sets it up or checks it.
    files: ["lib/data/**", "lib/auth/**", "lib/db/**", "prisma/**", "tests/**"],
    rules: { "@typescript-eslint/no-restricted-imports": "off" },
  },
];

export default config;
