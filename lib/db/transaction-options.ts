/**
 * For short interactive transactions of readers' writes (views, votes, comments): under a
 * burst they queue behind SQLite's single writer, so they wait for their turn rather than fail.
 */
export const READER_WRITE_TRANSACTION = { maxWait: 15_000, timeout: 15_000 };
