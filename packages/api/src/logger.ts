import pino from 'pino';

export type Logger = pino.Logger;

/**
 * Anything that might carry a secret or personal data is redacted by path, so a careless
 * `logger.info({ input })` cannot leak a password, token or email address.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: {
      paths: [
        '*.password',
        '*.token',
        '*.email',
        '*.fullName',
        'password',
        'token',
        'email',
        'req.headers.cookie',
        'headers.cookie',
        '*.connectionString',
      ],
      censor: '[redacted]',
    },
  });
}
