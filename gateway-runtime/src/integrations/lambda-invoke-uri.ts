/** The URL AWS's execution log names for a Lambda call ("Endpoint request URI: https://lambda.<region>..."). */
export function lambdaInvokeUri(region: string, functionArn: string): string {
  return `https://lambda.${region}.amazonaws.com/2015-03-31/functions/${functionArn}/invocations`;
}
