-- CreateTable
CREATE TABLE "templates" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "name_pattern" TEXT,
    "workflow" TEXT NOT NULL DEFAULT 'full_extraction',
    "priority" INTEGER NOT NULL DEFAULT 0,
    "ocr" TEXT,
    "retention_days" INTEGER,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "email_notifications" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "batch_id" TEXT NOT NULL,
    "batch_finished_at" DATETIME NOT NULL,
    "recipient" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" DATETIME NOT NULL,
    "lease_expires_at" DATETIME,
    "last_error" TEXT,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" DATETIME,
    CONSTRAINT "email_notifications_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "batches" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_batches" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "workflow" TEXT NOT NULL,
    "ocr" TEXT,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "priority" INTEGER NOT NULL DEFAULT 0,
    "total_files" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL DEFAULT 0,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" DATETIME NOT NULL,
    "started_at" DATETIME,
    "finished_at" DATETIME,
    "start_at" DATETIME,
    "held" BOOLEAN NOT NULL DEFAULT false,
    "notify_email" TEXT,
    "retention_days" INTEGER,
    "template" TEXT
);
INSERT INTO "new_batches" ("created_at", "finished_at", "id", "name", "ocr", "priority", "seq", "started_at", "status", "total_files", "updated_at", "workflow") SELECT "created_at", "finished_at", "id", "name", "ocr", "priority", "seq", "started_at", "status", "total_files", "updated_at", "workflow" FROM "batches";
DROP TABLE "batches";
ALTER TABLE "new_batches" RENAME TO "batches";
CREATE INDEX "batches_created_at_idx" ON "batches"("created_at");
CREATE INDEX "batches_status_idx" ON "batches"("status");
CREATE INDEX "batches_finished_at_idx" ON "batches"("finished_at");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "templates_name_key" ON "templates"("name");

-- CreateIndex
CREATE INDEX "email_notifications_status_next_attempt_at_idx" ON "email_notifications"("status", "next_attempt_at");

-- CreateIndex
CREATE UNIQUE INDEX "email_notifications_batch_id_batch_finished_at_key" ON "email_notifications"("batch_id", "batch_finished_at");
