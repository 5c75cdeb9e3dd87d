// ESLint with Next's own rules (React, hooks, accessibility of JSX, Next's pitfalls) and
// typescript-eslint's, run by `npm test` before anything else.
import { defineConfig, globalIgnores } from "eslint/config";
import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

export default defineConfig([
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      // Leaving fields out of an object by destructuring it is how the code drops them.
      "@typescript-eslint/no-unused-vars": ["error", { ignoreRestSiblings: true, argsIgnorePattern: "^_" }],
    },
  },
  globalIgnores([".next/**", "generated/**", "node_modules/**", ".data/**", "test-results/**", "playwright-report/**"]),
]);
