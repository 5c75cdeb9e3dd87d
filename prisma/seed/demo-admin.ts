/** The editor account of a fresh install, unless ADMIN_EMAIL / ADMIN_PASSWORD say otherwise (README). */
export const DEMO_ADMIN = { email: "bientap@sonha.gov.vn", name: "Ban biên tập" };

/** The editor account's address: ADMIN_EMAIL when given. */
export function adminEmail(): string {
  return (process.env.ADMIN_EMAIL || DEMO_ADMIN.email).trim().toLowerCase();
}
