// The exit codes of `langflow-sdk`, for scripts: one per kind of outcome, from the SDK's error classes.
import { isLangflowError } from "../index";

/** Documented in `langflow-sdk --help` and the README. */
export const EXIT = {
  /** Done. */
  ok: 0,
  /** The server answered with an error, a run or job failed, a push or pull did not complete. */
  failure: 1,
  /** Bad command line: unknown command or option, missing argument, bad option value, unusable environment. */
  usage: 2,
  /** The server could not be reached (connection refused, DNS, timeout). */
  unreachable: 3,
  /** The server refused the credentials (401 or 403). */
  auth: 4,
  /** What was named (flow, project, job) does not exist (404). */
  notFound: 5,
  /** Interrupted (Ctrl-C). */
  interrupted: 130,
} as const;

export const EXIT_CODES_HELP = `Exit codes:
  0    done
  1    failure (an error answer, a failed run or job, a push/pull that did not complete)
  2    usage (unknown command or option, missing argument, unusable environment)
  3    the server could not be reached (connection, DNS, timeout)
  4    the server refused the credentials (401/403)
  5    not found (404: flow, project or job)
  130  interrupted`;

/** The exit code of an error thrown by a command. */
export function exitCodeOf(error: unknown): number {
  if (isLangflowError(error, "LangflowConfigError")) return EXIT.usage;
  if (isLangflowError(error, "APIConnectionError")) return EXIT.unreachable;
  if (isLangflowError(error, "AuthenticationError") || isLangflowError(error, "PermissionDeniedError"))
    return EXIT.auth;
  if (isLangflowError(error, "NotFoundError")) return EXIT.notFound;
  if (isLangflowError(error, "APIUserAbortError")) return EXIT.interrupted;
  return EXIT.failure;
}
