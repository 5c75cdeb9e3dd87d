import { prepareDatabase } from "./prepare-database";

prepareDatabase({ seed: true }).catch((error) => {
  console.error(`Không nạp được nội dung mẫu: ${error.message}`);
  process.exit(1);
});
