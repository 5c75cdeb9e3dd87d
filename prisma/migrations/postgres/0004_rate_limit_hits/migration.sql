-- CreateTable
CREATE TABLE "RateLimitHit" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "atMs" BIGINT NOT NULL,
    "expiresAtMs" BIGINT NOT NULL,

    CONSTRAINT "RateLimitHit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RateLimitHit_key_atMs_idx" ON "RateLimitHit"("key", "atMs");

-- CreateIndex
CREATE INDEX "RateLimitHit_expiresAtMs_idx" ON "RateLimitHit"("expiresAtMs");

