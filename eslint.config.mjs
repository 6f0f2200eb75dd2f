import next from "eslint-config-next";

const config = [
  { ignores: [".next/**", "lib/server/generated/**", "node_modules/**", ".data/**", "test-results/**", "playwright-report/**"] },
  ...next,
];

export default config;
