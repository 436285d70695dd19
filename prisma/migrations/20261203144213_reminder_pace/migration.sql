-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Participant" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "phone" TEXT,
    "preferredName" TEXT,
    "language" TEXT NOT NULL DEFAULT 'sv',
    "status" TEXT NOT NULL DEFAULT 'new',
    "timezone" TEXT NOT NULL DEFAULT 'Europe/Stockholm',
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "teamId" INTEGER,
    "coordinatorId" INTEGER,
    "optedOutAt" DATETIME,
    "preferredTimes" TEXT,
    "onboardedAt" DATETIME,
    "remindersOff" BOOLEAN NOT NULL DEFAULT false,
    "unansweredNudges" INTEGER NOT NULL DEFAULT 0,
    "dischargedAt" DATETIME,
    "dischargeOutcome" TEXT,
    "followUpDeclinedAt" DATETIME,
    "birthYear" INTEGER,
    "ageBand" TEXT,
    "gender" TEXT,
    "enrolledAt" DATETIME,
    "referralSource" TEXT,
    "guardianContact" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "reminderPace" TEXT NOT NULL DEFAULT 'as-planned',
    CONSTRAINT "Participant_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Participant_coordinatorId_fkey" FOREIGN KEY ("coordinatorId") REFERENCES "StaffUser" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Participant" ("ageBand", "birthYear", "coordinatorId", "createdAt", "dischargeOutcome", "dischargedAt", "enrolledAt", "followUpDeclinedAt", "gender", "guardianContact", "id", "isDemo", "language", "onboardedAt", "optedOutAt", "phone", "preferredName", "preferredTimes", "referralSource", "remindersOff", "status", "teamId", "timezone", "unansweredNudges", "updatedAt") SELECT "ageBand", "birthYear", "coordinatorId", "createdAt", "dischargeOutcome", "dischargedAt", "enrolledAt", "followUpDeclinedAt", "gender", "guardianContact", "id", "isDemo", "language", "onboardedAt", "optedOutAt", "phone", "preferredName", "preferredTimes", "referralSource", "remindersOff", "status", "teamId", "timezone", "unansweredNudges", "updatedAt" FROM "Participant";
DROP TABLE "Participant";
ALTER TABLE "new_Participant" RENAME TO "Participant";
CREATE UNIQUE INDEX "Participant_phone_key" ON "Participant"("phone");
CREATE INDEX "Participant_teamId_status_idx" ON "Participant"("teamId", "status");
CREATE INDEX "Participant_teamId_coordinatorId_idx" ON "Participant"("teamId", "coordinatorId");
CREATE INDEX "Participant_teamId_coordinatorId_enrolledAt_createdAt_dischargedAt_dischargeOutcome_gender_birthYear_ageBand_idx" ON "Participant"("teamId", "coordinatorId", "enrolledAt", "createdAt", "dischargedAt", "dischargeOutcome", "gender", "birthYear", "ageBand");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

