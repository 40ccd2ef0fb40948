namespace SmartCity.Bot.Protocol.DirectLine;

/// <summary>
/// The bot's own Direct Line 3.0 endpoint (reference §5), bound from the "DirectLine" section. In development (no
/// MicrosoftAppId) it is on with no secret; in production it is on only when <see cref="Secret"/> is configured.
/// </summary>
public sealed class DirectLineOptions
{
    /// <summary>Master key for tokens/generate and for reading any conversation (never put it in a page).</summary>
    public string? Secret { get; set; }

    /// <summary>HMAC key for conversation tokens. Empty: derived from the secret, else a random key kept in the store (shared by all instances).</summary>
    public string? TokenSigningKey { get; set; }

    /// <summary>false turns the endpoint off even in development.</summary>
    public bool? Enabled { get; set; }

    public int TokenLifetimeSeconds { get; set; } = 1800;

    /// <summary>Origins (scheme://host[:port]) of the programme's websites allowed to embed the chat.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    public int MaxActivitiesPerConversation { get; set; } = 500;

    /// <summary>Bytes of transcript kept per conversation (oldest activities dropped first); bounds memory per conversation.</summary>
    public int MaxTranscriptBytes { get; set; } = 256 * 1024;

    /// <summary>Largest activity body a web chat client may post (a 4,000-character message fits many times).</summary>
    public int MaxActivityBytes { get; set; } = 64 * 1024;

    public int MaxConversations { get; set; } = 2000;

    public int IdleMinutes { get; set; } = 120;

    /// <summary>A conversation used (message or poll) within this many minutes is never dropped to make room for a new one.</summary>
    public int ActiveMinutes { get; set; } = 10;

    /// <summary>How often an open stream checks the store for activities another instance appended.</summary>
    public TimeSpan StreamPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest message text accepted from a web chat user.</summary>
    public int MaxTextChars { get; set; } = 4000;

    /// <summary>New conversations (tokens) one client address may open per minute; keeps the buffer from being flooded.</summary>
    public int NewConversationsPerMinute { get; set; } = 30;
}
