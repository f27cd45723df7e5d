import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * A real SMTP server inside the test. `received` has every message whose data arrived; `accepted` only those the
 * server answered "250" to on a connection still open — what a mail system takes responsibility for. `hold()`
 * keeps the answer back, to cut a sender off mid-send.
 */
export class TestSmtp {
  readonly received: ParsedMail[] = [];
  readonly accepted: ParsedMail[] = [];
  private holding = false;
  private readonly held: (() => void)[] = [];
  private readonly closed = new Set<string>();
  private server: SMTPServer | null = null;
  port = 0;

  async start(port = 0): Promise<this> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, session, callback) => {
        void simpleParser(stream).then((mail) => {
          this.received.push(mail);
          const answer = () => {
            if (this.closed.has(session.id)) return;
            this.accepted.push(mail);
            callback(null);
          };
          if (this.holding) this.held.push(answer);
          else answer();
        });
      },
      onClose: (session) => {
        this.closed.add(session.id);
      },
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(port, '127.0.0.1', () => resolve());
    });
    this.port = (this.server.server.address() as { port: number }).port;
    return this;
  }

  /** Connections the sender (or the network) has closed. */
  get closedConnections(): number {
    return this.closed.size;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  hold(): void {
    this.holding = true;
  }

  release(): void {
    this.holding = false;
    for (const answer of this.held.splice(0)) answer();
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  to(address: string): ParsedMail[] {
    return this.accepted.filter((mail) => JSON.stringify(mail.to).includes(address));
  }
}
