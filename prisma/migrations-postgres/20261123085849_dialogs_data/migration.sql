-- AlterTable
ALTER TABLE "Participant" ADD COLUMN     "onboardedAt" TIMESTAMP(3),
ADD COLUMN     "preferredTimes" TEXT;

-- CreateTable
CREATE TABLE "CheckIn" (
    "id" SERIAL NOT NULL,
    "participantId" INTEGER NOT NULL,
    "mood" INTEGER,
    "betterBecause" TEXT,
    "sleep" TEXT,
    "food" TEXT,
    "movement" TEXT,
    "smallStep" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CheckIn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MappingAnswer" (
    "id" SERIAL NOT NULL,
    "participantId" INTEGER NOT NULL,
    "topic" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "answer" TEXT,
    "skipped" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MappingAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SelfRating" (
    "id" SERIAL NOT NULL,
    "participantId" INTEGER NOT NULL,
    "batteryId" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    "score" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SelfRating_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CheckIn_participantId_createdAt_idx" ON "CheckIn"("participantId", "createdAt");

-- CreateIndex
CREATE INDEX "MappingAnswer_participantId_topic_createdAt_idx" ON "MappingAnswer"("participantId", "topic", "createdAt");

-- CreateIndex
CREATE INDEX "SelfRating_participantId_statement_createdAt_idx" ON "SelfRating"("participantId", "statement", "createdAt");

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MappingAnswer" ADD CONSTRAINT "MappingAnswer_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfRating" ADD CONSTRAINT "SelfRating_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

