/**
 * Every test server binds the IPv4 loopback address only: nothing a test
 * starts should be reachable from another machine, and clients in the tests
 * connect to this literal address (which is also what the test certificates
 * name in their IP subjectAltName).
 */
export const LOOPBACK_HOST = '127.0.0.1';
