-- CreateIndex
CREATE INDEX "SelfRating_participantId_kind_createdAt_idx" ON "SelfRating"("participantId", "kind", "createdAt");

