import type { Config } from "tailwindcss";

// Loaded from app/globals.css with @config. System fonts that carry Vietnamese glyphs; no
// downloaded web fonts (the machines are offline).
const config: Config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        doan: {
          50: "#eff6ff",
          100: "#dbeafe",
          600: "#1d4ed8",
          700: "#1e40af",
          800: "#1e3a8a",
        },
      },
      fontFamily: {
        sans: ["Inter", "Segoe UI", "Roboto", "Noto Sans", "Helvetica Neue", "Arial", "sans-serif"],
      },
    },
  },
};

export default config;
