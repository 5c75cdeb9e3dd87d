-- CreateTable
CREATE TABLE "ContentChange" (
    "id" SERIAL NOT NULL,
    "tag" TEXT NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContentChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ContentChange_changedAt_idx" ON "ContentChange"("changedAt");

