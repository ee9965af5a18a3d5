/** Whether `error` is a Node system error with this code (ENOENT, ESRCH…). */
export function hasErrorCode(error: unknown, code: string): boolean {
  return error instanceof Error && 'code' in error && error.code === code;
}
