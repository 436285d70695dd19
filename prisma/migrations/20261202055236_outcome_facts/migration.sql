-- AlterTable
ALTER TABLE "Team" ADD COLUMN "guardianContactRequired" BOOLEAN;
ALTER TABLE "Team" ADD COLUMN "outcomeTargets" TEXT;

-- AlterTable
ALTER TABLE "Participant" ADD COLUMN "ageBand" TEXT;
ALTER TABLE "Participant" ADD COLUMN "birthYear" INTEGER;
ALTER TABLE "Participant" ADD COLUMN "enrolledAt" DATETIME;
ALTER TABLE "Participant" ADD COLUMN "gender" TEXT;
ALTER TABLE "Participant" ADD COLUMN "guardianContact" TEXT;
ALTER TABLE "Participant" ADD COLUMN "referralSource" TEXT;

-- CreateIndex
CREATE INDEX "Participant_teamId_coordinatorId_idx" ON "Participant"("teamId", "coordinatorId");

-- CreateIndex
CREATE INDEX "Message_participantId_direction_createdAt_status_authorKind_idx" ON "Message"("participantId", "direction", "createdAt", "status", "authorKind");

-- CreateIndex
CREATE INDEX "AuditLog_action_at_idx" ON "AuditLog"("action", "at");

-- CreateIndex
CREATE INDEX "Meeting_participantId_createdAt_idx" ON "Meeting"("participantId", "createdAt");

