/** The deployment package (Code.ZipFile): Lambda's size limits, its "could not unzip" check, and the hash it reports. */
import { createHash } from "node:crypto";
import { unzipSync } from "fflate";
import { invalidParameter, LambdaError } from "./lambda-error";

// Lambda's quotas for a .zip uploaded directly: 50 MB zipped, 250 MB unzipped.
export const MAX_ZIPPED_BYTES = 52_428_800;
export const MAX_UNZIPPED_BYTES = 262_144_000;

/** Base64 SHA-256 of the zip, as Lambda's CodeSha256. */
export function codeSha256Of(zip: Uint8Array): string {
  return createHash("sha256").update(zip).digest("base64");
}

/** Checks a package as Lambda does at CreateFunction/UpdateFunctionCode; the handler file is not looked for. */
export function checkZipFile(zip: Uint8Array): void {
  if (zip.byteLength > MAX_ZIPPED_BYTES) {
    throw new LambdaError("RequestEntityTooLargeException", `Zipped size must be smaller than ${MAX_ZIPPED_BYTES} bytes`);
  }
  let unzipped = 0;
  try {
    // The central directory alone gives the sizes; nothing is inflated until they are known to fit.
    unzipSync(zip, {
      filter: (file) => {
        unzipped += file.originalSize;
        return false;
      },
    });
  } catch {
    throw couldNotUnzip();
  }
  if (unzipped > MAX_UNZIPPED_BYTES) throw invalidParameter(`Unzipped size must be smaller than ${MAX_UNZIPPED_BYTES} bytes`);
  unzipFiles(zip);
}

/** The package's files by path; directories are left out. */
export function unzipFiles(zip: Uint8Array): Record<string, Uint8Array> {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zip);
  } catch {
    throw couldNotUnzip();
  }
  const files: Record<string, Uint8Array> = {};
  for (const [path, bytes] of Object.entries(entries)) if (!path.endsWith("/")) files[path] = bytes;
  return files;
}

const couldNotUnzip = () => invalidParameter("Could not unzip uploaded file. Please check your file, then try to upload again.");
