// The demo organisation and accounts seeded for development and used by the browser tests.
// Listed in the README. Never seeded in production unless asked (npm run db:seed).
export const DEMO_PASSWORD = "compass-demo-2026";
export const DEMO_ORGANIZATION = { name: "Ministry of Digital Affairs (Eldoria)", country: "Eldoria" };
export const DEMO_ACCOUNTS = [
  { id: "demo-policymaker", email: "policymaker@compass.example", name: "Amara Okafor", role: "POLICYMAKER", inOrganization: true },
  { id: "demo-advisor", email: "advisor@compass.example", name: "Lena Fischer", role: "ADVISOR", inOrganization: false },
  { id: "demo-admin", email: "admin@compass.example", name: "Sam Rivera", role: "ADMIN", inOrganization: false },
] as const;

/** Fixed id of the seeded worked example (so seeding twice changes nothing). */
export const WORKED_EXAMPLE_ID = "workedexample000000000001";
