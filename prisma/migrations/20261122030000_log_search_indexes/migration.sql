-- CreateIndex
CREATE INDEX "RequestLog_extendedRequestId_idx" ON "RequestLog"("extendedRequestId");

-- CreateIndex
CREATE INDEX "RequestLog_traceId_idx" ON "RequestLog"("traceId");
