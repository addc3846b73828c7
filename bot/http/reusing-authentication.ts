/**
 * Bot Framework authentication that reuses its outbound clients. CloudAdapter
 * asks for a new ConnectorClient and a new UserTokenClient on every turn, and
 * each one builds a whole HTTP pipeline: about a tenth of a turn's CPU, spent
 * even when the replies travel back in the HTTP response (expectReplies). The
 * clients hold no per-turn state, so one per (bot app id, serviceUrl, audience)
 * is reused, as the older BotFrameworkAdapter did. Authentication itself is
 * untouched: every request is still validated by the wrapped instance.
 */
import {
  AuthenticationConstants,
  AuthenticationError,
  BotFrameworkAuthentication,
  ConnectorFactory,
  type AuthenticateRequestResult,
  type BotFrameworkClient,
  type ClaimsIdentity,
  type ConnectorClient,
  type UserTokenClient,
} from 'botframework-connector';
import type { Activity } from 'botbuilder';

/** The request's token could not be validated for a reason other than being wrong (e.g. the signing keys could not be fetched). */
export class TokenNotValidatedError extends Error {
  constructor(cause: unknown) {
    super(`token not validated: ${cause instanceof Error ? cause.name : typeof cause}`);
    this.name = 'TokenNotValidatedError';
  }
}

/** serviceUrls a bot talks to are a handful of channels; the bound only stops a flood */
const MAX_CLIENTS = 256;

/** A small insertion-ordered cache: the oldest entry goes when it is full. */
class BoundedCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly max: number) {}

  getOrCreate(key: string, create: () => V): V {
    let value = this.entries.get(key);
    if (value === undefined) {
      value = create();
      if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value as string);
      this.entries.set(key, value);
    }
    return value;
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }
}

/** The bot's app id the way botbuilder picks credentials: the token's audience, else its appid claim. */
function appIdOf(identity: ClaimsIdentity): string {
  return identity.getClaimValue(AuthenticationConstants.AudienceClaim) ?? identity.getClaimValue(AuthenticationConstants.AppIdClaim) ?? '';
}

class ReusingConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly appId: string,
    private readonly inner: ConnectorFactory,
    private readonly clients: BoundedCache<Promise<ConnectorClient>>,
  ) {
    super();
  }

  create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    const key = JSON.stringify([this.appId, serviceUrl, audience ?? '']);
    return this.clients.getOrCreate(key, () => {
      const created = this.inner.create(serviceUrl, audience);
      // a failed creation (bad credentials, say) is not kept: the next turn tries again
      created.catch(() => this.clients.delete(key));
      return created;
    });
  }
}

export class ReusingBotFrameworkAuthentication extends BotFrameworkAuthentication {
  private readonly connectors = new BoundedCache<Promise<ConnectorClient>>(MAX_CLIENTS);
  private readonly userTokenClients = new BoundedCache<Promise<UserTokenClient>>(MAX_CLIENTS);

  constructor(private readonly inner: BotFrameworkAuthentication) {
    super();
  }

  /** how many connector clients are kept (for tests) */
  get connectorClientCount(): number {
    return this.connectors.size;
  }

  async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    let result: AuthenticateRequestResult;
    try {
      result = await this.inner.authenticateRequest(activity, authHeader);
    } catch (err) {
      // A token that could not be checked (signing keys unreachable, unreadable token) is not
      // a valid one: the sender gets 401, not a 500 that looks like our crash.
      if (err instanceof AuthenticationError) throw err;
      throw new TokenNotValidatedError(err);
    }
    return this.reuse(result);
  }

  async authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    return this.reuse(await this.inner.authenticateStreamingRequest(authHeader, channelIdHeader));
  }

  createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return new ReusingConnectorFactory(appIdOf(claimsIdentity), this.inner.createConnectorFactory(claimsIdentity), this.connectors);
  }

  createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    // the audience of a validated token is this bot's own app id: one entry, two with skills
    return this.userTokenClients.getOrCreate(appIdOf(claimsIdentity), () => this.inner.createUserTokenClient(claimsIdentity));
  }

  override createBotFrameworkClient(): BotFrameworkClient {
    return this.inner.createBotFrameworkClient();
  }

  override getOriginatingAudience(): string {
    return this.inner.getOriginatingAudience();
  }

  override authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return this.inner.authenticateChannelRequest(authHeader);
  }

  private reuse(result: AuthenticateRequestResult): AuthenticateRequestResult {
    if (!result.connectorFactory) return result;
    return {
      ...result,
      connectorFactory: new ReusingConnectorFactory(appIdOf(result.claimsIdentity), result.connectorFactory, this.connectors),
    };
  }
}
