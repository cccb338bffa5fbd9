-- AlterTable
ALTER TABLE "RequestLog" ADD COLUMN     "accessLog" TEXT,
ADD COLUMN     "errorMessage" TEXT,
ADD COLUMN     "executionLog" TEXT,
ADD COLUMN     "route" JSONB,
ADD COLUMN     "statusClass" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "timeline" JSONB,
ADD COLUMN     "traceId" TEXT;

-- AlterTable
ALTER TABLE "MetricPoint" ADD COLUMN     "apiKeyId" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "integrationLatencyHistogram" JSONB,
ADD COLUMN     "rolledUp" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "MetricHour" (
    "id" SERIAL NOT NULL,
    "hour" TIMESTAMP(3) NOT NULL,
    "restApiId" TEXT NOT NULL,
    "stageName" TEXT NOT NULL,
    "resourcePath" TEXT NOT NULL,
    "httpMethod" TEXT NOT NULL,
    "canary" BOOLEAN NOT NULL DEFAULT false,
    "apiKeyId" TEXT NOT NULL DEFAULT '',
    "count" INTEGER NOT NULL,
    "error4xx" INTEGER NOT NULL,
    "error5xx" INTEGER NOT NULL,
    "latencySumMs" DOUBLE PRECISION NOT NULL,
    "latencyMaxMs" DOUBLE PRECISION NOT NULL,
    "integrationLatencySumMs" DOUBLE PRECISION NOT NULL,
    "integrationCount" INTEGER NOT NULL,
    "latencyHistogram" JSONB NOT NULL,
    "integrationLatencyHistogram" JSONB,
    "cacheHitCount" INTEGER NOT NULL DEFAULT 0,
    "cacheMissCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "MetricHour_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MetricHour_restApiId_stageName_hour_idx" ON "MetricHour"("restApiId", "stageName", "hour");

-- CreateIndex
CREATE INDEX "MetricHour_apiKeyId_hour_idx" ON "MetricHour"("apiKeyId", "hour");

-- CreateIndex
CREATE UNIQUE INDEX "MetricHour_hour_restApiId_stageName_resourcePath_httpMethod_key" ON "MetricHour"("hour", "restApiId", "stageName", "resourcePath", "httpMethod", "canary", "apiKeyId");

-- CreateIndex
CREATE INDEX "RequestLog_restApiId_stageName_statusClass_id_idx" ON "RequestLog"("restApiId", "stageName", "statusClass", "id");

-- CreateIndex
CREATE INDEX "RequestLog_restApiId_stageName_httpMethod_id_idx" ON "RequestLog"("restApiId", "stageName", "httpMethod", "id");

-- CreateIndex
CREATE INDEX "RequestLog_restApiId_stageName_resourcePath_id_idx" ON "RequestLog"("restApiId", "stageName", "resourcePath", "id");

-- CreateIndex
CREATE INDEX "RequestLog_restApiId_stageName_apiKeyId_id_idx" ON "RequestLog"("restApiId", "stageName", "apiKeyId", "id");

-- CreateIndex
CREATE INDEX "RequestLog_restApiId_stageName_canary_id_idx" ON "RequestLog"("restApiId", "stageName", "canary", "id");

-- CreateIndex
CREATE INDEX "RequestLog_requestId_idx" ON "RequestLog"("requestId");

-- CreateIndex
CREATE INDEX "MetricPoint_apiKeyId_minute_idx" ON "MetricPoint"("apiKeyId", "minute");

-- CreateIndex
CREATE INDEX "MetricPoint_rolledUp_minute_idx" ON "MetricPoint"("rolledUp", "minute");


-- Rows written before the status-class column existed become filterable too.
UPDATE "RequestLog" SET "statusClass" = "status" / 100;
