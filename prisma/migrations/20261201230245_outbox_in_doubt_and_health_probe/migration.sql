-- AlterTable
ALTER TABLE "OutboxItem" ADD COLUMN "sendStartedAt" DATETIME;

-- CreateTable
CREATE TABLE "HealthProbe" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "at" DATETIME NOT NULL
);

