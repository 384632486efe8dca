-- AlterTable
ALTER TABLE "batches" ADD COLUMN     "held" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "notify_email" TEXT,
ADD COLUMN     "retention_days" INTEGER,
ADD COLUMN     "start_at" TIMESTAMP(3),
ADD COLUMN     "template" TEXT;

-- CreateTable
CREATE TABLE "templates" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "name_pattern" TEXT,
    "workflow" TEXT NOT NULL DEFAULT 'full_extraction',
    "priority" INTEGER NOT NULL DEFAULT 0,
    "ocr" TEXT,
    "retention_days" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "templates_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "email_notifications" (
    "id" TEXT NOT NULL,
    "batch_id" TEXT NOT NULL,
    "batch_finished_at" TIMESTAMP(3) NOT NULL,
    "recipient" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMP(3) NOT NULL,
    "lease_expires_at" TIMESTAMP(3),
    "last_error" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMP(3),

    CONSTRAINT "email_notifications_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "templates_name_key" ON "templates"("name");

-- CreateIndex
CREATE INDEX "email_notifications_status_next_attempt_at_idx" ON "email_notifications"("status", "next_attempt_at");

-- CreateIndex
CREATE UNIQUE INDEX "email_notifications_batch_id_batch_finished_at_key" ON "email_notifications"("batch_id", "batch_finished_at");

-- AddForeignKey
ALTER TABLE "email_notifications" ADD CONSTRAINT "email_notifications_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "batches"("id") ON DELETE CASCADE ON UPDATE CASCADE;
