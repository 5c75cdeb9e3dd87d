import { prepareDatabase } from "./prepare-database";

prepareDatabase({ seed: false }).catch((error) => {
  console.error(`Không áp dụng được migration: ${error.message}`);
  process.exit(1);
});
