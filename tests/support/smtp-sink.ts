import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

export interface ReceivedMail {
  to: string[];
  raw: string;
}

export interface SmtpSink {
  port: number;
  received: ReceivedMail[];
  stop: () => void;
}

/** A real SMTP server in its own process (tests/email/smtp-sink.mjs); collects what it receives. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  const child: ChildProcess = spawn(process.execPath, [path.resolve('tests/email/smtp-sink.mjs')], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve) => {
    let buffer = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      let newline = buffer.indexOf('\n');
      while (newline >= 0) {
        const line = JSON.parse(buffer.slice(0, newline)) as { port?: number } & ReceivedMail;
        buffer = buffer.slice(newline + 1);
        if (line.port) resolve(line.port);
        else received.push(line);
        newline = buffer.indexOf('\n');
      }
    });
  });
  return { port, received, stop: () => child.kill('SIGTERM') };
}

/** Decodes the base64 text/plain part of a multipart message. */
export function plainTextPart(raw: string): string {
  const part = raw.split(/\r?\n--/).find((section) => section.includes('Content-Type: text/plain'));
  const body =
    part
      ?.split(/\r?\n\r?\n/)
      .slice(1)
      .join('') ?? '';
  return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
}
