using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using SmartCity.Bot.Storage;

namespace SmartCity.Bot.Protocol.DirectLine;

/// <summary>What a conversation token grants: one conversation, as one user, until it expires.</summary>
public sealed record DirectLineGrant(string ConversationId, string UserId, DateTimeOffset Expires);

/// <summary>
/// Conversation tokens as compact HS256 JWTs. The "user" claim follows the Azure Direct Line convention that
/// DirectLineJS reads (ids starting with "dl_" are token-bound and cannot be forged by the client).
/// </summary>
public sealed class DirectLineTokens
{
    private const string Issuer = "smartcity-bot/directline";
    private static readonly string Header = Base64UrlEncoder.Encode("""{"alg":"HS256","typ":"JWT"}""");
    private const string KeyKind = "directline-key";
    private readonly Lazy<byte[]> _key;
    private readonly TimeProvider _clock;

    public DirectLineTokens(IOptions<DirectLineOptions> options, IBotStore store, TimeProvider clock)
    {
        var o = options.Value;
        _clock = clock;
        _key = new Lazy<byte[]>(() => !string.IsNullOrWhiteSpace(o.TokenSigningKey) ? SHA256.HashData(Encoding.UTF8.GetBytes(o.TokenSigningKey))
            : !string.IsNullOrWhiteSpace(o.Secret) ? SHA256.HashData(Encoding.UTF8.GetBytes("directline-token-key:" + o.Secret))
            : SharedKey(store));
        Lifetime = TimeSpan.FromSeconds(Math.Max(60, o.TokenLifetimeSeconds));
    }

    /// <summary>
    /// Without a configured key, the first instance to need one stores a random key and every instance signs with the
    /// stored one, so a token issued by one instance is valid on all (and after a restart). Blocking once, at first use.
    /// </summary>
    private static byte[] SharedKey(IBotStore store)
    {
        try { store.PutAsync(KeyKind, "token-signing", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), expectedVersion: null).GetAwaiter().GetResult(); }
        catch (ConcurrencyConflictException) { /* another instance (or an earlier start) stored it first */ }
        var stored = store.GetAsync<string>(KeyKind, "token-signing").GetAwaiter().GetResult()
            ?? throw new InvalidOperationException("Direct Line token key missing from the store");
        return Convert.FromBase64String(stored.Value);
    }

    public TimeSpan Lifetime { get; }

    public (string Token, DirectLineGrant Grant) Issue(string conversationId, string userId)
    {
        var now = _clock.GetUtcNow();
        var grant = new DirectLineGrant(conversationId, userId, now + Lifetime);
        var payload = new Claims(Issuer, conversationId, userId, now.ToUnixTimeSeconds(), grant.Expires.ToUnixTimeSeconds());
        var body = Header + "." + Base64UrlEncoder.Encode(JsonSerializer.SerializeToUtf8Bytes(payload));
        return (body + "." + Base64UrlEncoder.Encode(Sign(body)), grant);
    }

    /// <summary>The grant of a token with a valid signature that has not expired; null otherwise.</summary>
    public DirectLineGrant? Validate(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 4096) return null;
        var parts = token.Split('.');
        if (parts.Length != 3 || parts[0] != Header) return null;
        byte[] signature;
        try { signature = Base64UrlEncoder.DecodeBytes(parts[2]); }
        catch (FormatException) { return null; }
        if (!CryptographicOperations.FixedTimeEquals(signature, Sign(parts[0] + "." + parts[1]))) return null;
        Claims? claims;
        try { claims = JsonSerializer.Deserialize<Claims>(Base64UrlEncoder.DecodeBytes(parts[1])); }
        catch (Exception e) when (e is JsonException or FormatException) { return null; }
        if (claims is null || claims.Iss != Issuer || string.IsNullOrEmpty(claims.Conv) || string.IsNullOrEmpty(claims.User)) return null;
        var expires = DateTimeOffset.FromUnixTimeSeconds(claims.Exp);
        return expires <= _clock.GetUtcNow() ? null : new DirectLineGrant(claims.Conv, claims.User, expires);
    }

    /// <summary>A key for another purpose (e.g. web chat resume tickets) derived from the token key, so every instance agrees on it.</summary>
    public byte[] DeriveKey(string purpose) => HMACSHA256.HashData(_key.Value, Encoding.UTF8.GetBytes("derived:" + purpose));

    private byte[] Sign(string data) => HMACSHA256.HashData(_key.Value, Encoding.ASCII.GetBytes(data));

    private sealed record Claims(
        [property: JsonPropertyName("iss")] string Iss,
        [property: JsonPropertyName("conv")] string Conv,
        [property: JsonPropertyName("user")] string User,
        [property: JsonPropertyName("iat")] long Iat,
        [property: JsonPropertyName("exp")] long Exp);
}
