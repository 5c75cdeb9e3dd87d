import { prepareDatabase } from "./prepare-database";

prepareDatabase("none").catch((error) => {
  console.error(`Không áp dụng được migration: ${error.message}`);
  process.exit(1);
});
