-- CreateIndex
CREATE INDEX "RequestLog_restApiId_stageName_errorType_id_idx" ON "RequestLog"("restApiId", "stageName", "errorType", "id");
