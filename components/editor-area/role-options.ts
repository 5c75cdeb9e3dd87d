import { ROLES, ROLE_LABELS } from "@/lib/auth/roles";

export const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));
