import { randomBytes } from "node:crypto";
import { awsIdFromBytes } from "./domain/ids";

/** 10 lowercase alphanumerics, as AWS writes REST API, resource and deployment ids. */
export function newAwsId(): string {
  return awsIdFromBytes(randomBytes(10));
}

/** Internal row ids nobody sees on the wire. */
export function newRowId(): string {
  return randomBytes(12).toString("base64url");
}

const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** AKIA + 16 characters, the shape the AWS tools expect of an access key id. */
export function newAccessKeyId(): string {
  const bytes = randomBytes(16);
  let id = "AKIA";
  for (const b of bytes) id += UPPER[b % UPPER.length];
  return id;
}

/** 40 characters, like an AWS secret access key. */
export function newSecretAccessKey(): string {
  return randomBytes(30).toString("base64").replace(/\+/g, "A").replace(/\//g, "B");
}
