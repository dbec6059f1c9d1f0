/** Injected logger. Logs are English and never contain client data (names, BSN). */
export interface Logger {
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

export function stderrLogger(prefix = 'schotvrij'): Logger {
  const line = (level: string, msg: string, fields?: Record<string, unknown>) =>
    process.stderr.write(`${prefix} ${level}: ${msg}${fields ? ' ' + JSON.stringify(fields) : ''}\n`);
  return {
    info: (m, f) => line('info', m, f),
    warn: (m, f) => line('warn', m, f),
    error: (m, f) => line('error', m, f),
  };
}
