import { X509Certificate } from 'node:crypto';
import { generate } from 'selfsigned';

/** A certificate and its private key, made at test time and never committed. */
export interface TestCertificate {
  certPem: string;
  keyPem: string;
  /** 'AB:CD:…' upper-case colon form, as Node's X509Certificate.fingerprint256. */
  fingerprint256: string;
  notAfter: Date;
}

/** A small test PKI: one CA and leaves for each TLS failure a client must catch. */
export interface TestPki {
  /** CA certificate (basicConstraints CA:true) that signs every leaf below except selfSigned. */
  ca: TestCertificate;
  /** Valid for 365 days; SAN IP:127.0.0.1 and DNS:localhost. */
  server: TestCertificate;
  /** Same SAN as server; notBefore 60 days ago, notAfter 1 day ago. */
  expired: TestCertificate;
  /** Valid, but its only SAN is DNS:wrong.example, so 127.0.0.1 does not match. */
  wrongHost: TestCertificate;
  /** Valid now, expires in 5 days: for expiry warnings. */
  shortLived: TestCertificate;
  /** Self-signed, SAN IP:127.0.0.1, valid 365 days: trusted only when pinned. */
  selfSigned: TestCertificate;
}

type GenerateOptions = NonNullable<Parameters<typeof generate>[1]>;
type Extensions = NonNullable<GenerateOptions['extensions']>;
type GenerateResult = Awaited<ReturnType<typeof generate>>;

const DAY_MS = 24 * 60 * 60 * 1000;
// Certificates count from a little in the past: "now" in a certificate is
// rounded to seconds, and a notBefore a moment ahead of the verifier's clock
// would fail as CERT_NOT_YET_VALID.
const CLOCK_SLACK_MS = 60 * 60 * 1000;

// RSA 2048 with SHA-256 because every server and client under test accepts
// it; selfsigned's default SHA-1 signature is refused by OpenSSL 3.
const KEY_OPTIONS = { keyType: 'rsa', keySize: 2048, algorithm: 'sha256' } as const;

const LOCAL_NAMES: NonNullable<Extract<Extensions[number], { name: 'subjectAltName' }>['altNames']> = [
  { type: 7, ip: '127.0.0.1' },
  { type: 2, value: 'localhost' },
];

function leafExtensions(altNames: typeof LOCAL_NAMES): Extensions {
  return [
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', serverAuth: true },
    { name: 'subjectAltName', altNames },
  ];
}

function daysFromNow(days: number): Date {
  return new Date(Date.now() + days * DAY_MS);
}

function describeCertificate(result: GenerateResult): TestCertificate {
  const x509 = new X509Certificate(result.cert);
  const notAfter = new Date(x509.validTo);
  if (Number.isNaN(notAfter.getTime())) {
    throw new Error(`Cannot read the expiry date of a generated certificate: ${x509.validTo}`);
  }
  return { certPem: result.cert, keyPem: result.private, fingerprint256: x509.fingerprint256, notAfter };
}

async function makeCa(): Promise<GenerateResult> {
  return generate([{ name: 'commonName', value: 'ftp-actions test CA' }], {
    ...KEY_OPTIONS,
    // Covers the expired leaf's whole lifetime, so that leaf fails only for its own dates.
    notBeforeDate: daysFromNow(-90),
    notAfterDate: daysFromNow(2 * 365),
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true },
    ],
  });
}

interface LeafSpec {
  commonName: string;
  notBefore: Date;
  notAfter: Date;
  altNames: typeof LOCAL_NAMES;
  /** The CA to sign with; absent for a self-signed certificate. */
  ca?: GenerateResult;
}

async function makeLeaf(spec: LeafSpec): Promise<TestCertificate> {
  const result = await generate([{ name: 'commonName', value: spec.commonName }], {
    ...KEY_OPTIONS,
    notBeforeDate: spec.notBefore,
    notAfterDate: spec.notAfter,
    extensions: leafExtensions(spec.altNames),
    ...(spec.ca ? { ca: { key: spec.ca.private, cert: spec.ca.cert } } : {}),
  });
  return describeCertificate(result);
}

async function generatePki(): Promise<TestPki> {
  const ca = await makeCa();
  const validFrom = new Date(Date.now() - CLOCK_SLACK_MS);
  const [server, expired, wrongHost, shortLived, selfSigned] = await Promise.all([
    makeLeaf({ commonName: 'localhost', notBefore: validFrom, notAfter: daysFromNow(365), altNames: LOCAL_NAMES, ca }),
    makeLeaf({ commonName: 'localhost', notBefore: daysFromNow(-60), notAfter: daysFromNow(-1), altNames: LOCAL_NAMES, ca }),
    makeLeaf({
      commonName: 'wrong.example',
      notBefore: validFrom,
      notAfter: daysFromNow(365),
      altNames: [{ type: 2, value: 'wrong.example' }],
      ca,
    }),
    makeLeaf({ commonName: 'localhost', notBefore: validFrom, notAfter: daysFromNow(5), altNames: LOCAL_NAMES, ca }),
    makeLeaf({
      commonName: 'ftp-actions self-signed',
      notBefore: validFrom,
      notAfter: daysFromNow(365),
      altNames: [{ type: 7, ip: '127.0.0.1' }],
    }),
  ]);
  return { ca: describeCertificate(ca), server, expired, wrongHost, shortLived, selfSigned };
}

let cached: Promise<TestPki> | undefined;

/**
 * The test PKI, made once per process: generating six RSA keys takes a
 * noticeable fraction of a second, and every TLS test needs the same set.
 * A failed generation is not cached, so a later call tries again.
 */
export function makeTestPki(): Promise<TestPki> {
  if (!cached) {
    const pending = generatePki();
    cached = pending;
    // Forget a failure so the next caller retries; this caller still sees the rejection.
    pending.catch(() => {
      if (cached === pending) cached = undefined;
    });
  }
  return cached;
}
