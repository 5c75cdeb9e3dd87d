// `npm run db:seed`: migrations, the accounts' check, the administrator and the demo content;
// with `--no-demo`, everything but the demo content and staff (what `npm start` runs for an
// install without the demo, scripts/start.mjs).
import { prepareDatabase } from "./prepare-database";

prepareDatabase(process.argv.includes("--no-demo") ? "accounts" : "demo").catch((error) => {
  console.error(`Không chuẩn bị được cơ sở dữ liệu: ${error.message}`);
  process.exit(1);
});
