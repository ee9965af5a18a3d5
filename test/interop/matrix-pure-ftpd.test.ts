// The interop matrix for pure-ftpd; see support/matrix.ts. One file per server so vitest runs them in parallel.
import { defineMatrix } from './support/matrix.js';

defineMatrix('pure-ftpd');
