export { DEFAULT_DATABASE_URL, resolveDatabaseTarget, type DatabaseTarget } from "./database-url.mjs";
