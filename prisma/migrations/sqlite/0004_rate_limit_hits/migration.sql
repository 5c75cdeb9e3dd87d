-- CreateTable
CREATE TABLE "RateLimitHit" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "atMs" BIGINT NOT NULL,
    "expiresAtMs" BIGINT NOT NULL
);

-- CreateIndex
CREATE INDEX "RateLimitHit_key_atMs_idx" ON "RateLimitHit"("key", "atMs");

-- CreateIndex
CREATE INDEX "RateLimitHit_expiresAtMs_idx" ON "RateLimitHit"("expiresAtMs");

