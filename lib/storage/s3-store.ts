// The S3 driver: one object per key in one bucket, through the official AWS SDK, so that every app
// server of a deployment sees the same files. Works with AWS S3 and with S3-compatible stores
// (tested against OpenStack Swift's s3api, see tests/helpers/object-store.ts).
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  paginateListObjectsV2,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import type { Readable } from "node:stream";
import { checkedKey, FileMissingError, isStorageKey, type FileStore, type StoredFile } from "./store-contract";

export type S3Settings = {
  bucket: string;
  /** An S3-compatible store's address; unset: AWS itself */
  endpoint?: string;
  region: string;
  /** Unset: the SDK's own chain (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, a profile, an instance role) */
  credentials?: { accessKeyId: string; secretAccessKey: string };
};

export function s3SettingsFrom(env: NodeJS.ProcessEnv): S3Settings {
  const bucket = env.FILES_S3_BUCKET;
  if (!bucket) throw new Error("FILES_STORE=s3 needs FILES_S3_BUCKET");
  return { bucket, endpoint: env.FILES_S3_ENDPOINT || undefined, region: env.FILES_S3_REGION || "us-east-1" };
}

/** The SDK's client as the driver uses it (the tests' client too, so both speak to the store alike). */
export function s3ClientFor(settings: Omit<S3Settings, "bucket">): S3Client {
  return new S3Client({
    region: settings.region,
    endpoint: settings.endpoint,
    // S3-compatible stores are addressed by path; AWS by the bucket's own host name.
    forcePathStyle: Boolean(settings.endpoint),
    credentials: settings.credentials,
    // The SDK's default checksummed (aws-chunked) upload is refused or stored wrong by the
    // S3-compatible stores tried: checksums only where the API requires them.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
    requestHandler: { connectionTimeout: 3_000, requestTimeout: 60_000 },
  });
}

function isMissing(error: unknown) {
  return error instanceof S3ServiceException && (error.name === "NoSuchKey" || error.$metadata.httpStatusCode === 404);
}

export class S3FileStore implements FileStore {
  private readonly client: S3Client;
  private readonly bucket: string;
  readonly where: string;

  constructor(settings: S3Settings) {
    this.bucket = settings.bucket;
    this.where = `s3 bucket ${settings.bucket}${settings.endpoint ? ` at ${settings.endpoint}` : ""}`;
    this.client = s3ClientFor(settings);
  }

  async put(key: string, body: Uint8Array | Readable) {
    const Key = checkedKey(key);
    // Swift's S3 layer does not implement conditional writes (If-None-Match): a key that exists
    // is refused by a look first. Keys are fresh UUIDs, so two writers of one key do not happen.
    if ((await this.sizeOf(Key)) !== null) throw new Error(`stored file ${Key} exists`);
    // Multipart in 5 MB parts past the first part, two at a time: a stream is never held whole.
    await new Upload({ client: this.client, params: { Bucket: this.bucket, Key, Body: body }, queueSize: 2 }).done();
  }

  async sizeOf(key: string) {
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: checkedKey(key) }));
      return head.ContentLength ?? 0;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  private async object(key: string) {
    try {
      return await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: checkedKey(key) }));
    } catch (error) {
      throw isMissing(error) ? new FileMissingError(key) : error;
    }
  }

  async get(key: string) {
    const object = await this.object(key);
    return object.Body!.transformToByteArray();
  }

  async open(key: string): Promise<StoredFile> {
    const object = await this.object(key);
    return { size: object.ContentLength ?? 0, body: object.Body!.transformToWebStream() };
  }

  async remove(key: string) {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: checkedKey(key) }));
  }

  async *keys() {
    for await (const page of paginateListObjectsV2({ client: this.client }, { Bucket: this.bucket })) {
      for (const object of page.Contents ?? []) if (object.Key && isStorageKey(object.Key)) yield object.Key;
    }
  }
}
