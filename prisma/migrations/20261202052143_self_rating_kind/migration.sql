-- AlterTable
ALTER TABLE "SelfRating" ADD COLUMN "kind" TEXT;

-- CreateIndex
CREATE INDEX "SelfRating_kind_createdAt_idx" ON "SelfRating"("kind", "createdAt");

