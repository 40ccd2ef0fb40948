using SmartCity.Bot.Protocol;

namespace SmartCity.Bot.Collaboration;

public enum RequestStatus { Open, Handled }

/// <summary>An officer's short answer to a request.</summary>
public sealed record RequestReply(string By, string Text, DateTimeOffset At);

/// <summary>
/// A request to reach a region's person in charge (store kind "collab-request", key = its number). Holds personal
/// data (name, organisation, contact): shown only to that region's officers and programme staff, and deleted after
/// the retention period.
/// </summary>
/// <param name="Requester">Where the requester talked to the bot; used to tell them the status later.</param>
/// <param name="RequesterReachable">The requester's channel takes messages later (Teams, the embedded web chat).</param>
/// <param name="RequesterKey">The requester's state key (who may read the officer's reply with "status permintaan").</param>
public sealed record CollaborationRequest(
    string Number,
    string RegionCode,
    string Name,
    string Organisation,
    string Contact,
    string Topic,
    string Message,
    DateTimeOffset CreatedAt,
    RequestStatus Status,
    ConversationReference Requester,
    bool RequesterReachable,
    string RequesterKey,
    DateTimeOffset? NotifiedAt = null,
    IReadOnlyList<RequestReply>? Replies = null,
    DateTimeOffset? HandledAt = null,
    string? HandledBy = null)
{
    public IReadOnlyList<RequestReply> RepliesOrEmpty => Replies ?? [];
}

/// <summary>What a request form holds while the requester fills it in (conversation state, key "collab.draft").</summary>
public sealed record RequestDraft(
    string Step,
    bool StepByStep,
    string? RegionCode,
    string? Name = null,
    string? Organisation = null,
    string? Contact = null,
    string? Topic = null,
    string? Message = null,
    bool Reminded = false);

/// <summary>One line of the "collab-audit" stream: every state change of a request, without personal data.</summary>
public sealed record RequestAudit(string Number, string RegionCode, string Action, string? From, string? To, string By, DateTimeOffset At, string? Detail = null);

public sealed class CollaborationOptions
{
    /// <summary>Days a request (with its personal data) is kept after it was made; then it is deleted.</summary>
    public int RetentionDays { get; set; } = 180;

    /// <summary>Requests one conversation may send per day.</summary>
    public int MaxPerConversationPerDay { get; set; } = 3;

    /// <summary>Requests one contact (e-mail or phone) may send per day, across conversations.</summary>
    public int MaxPerContactPerDay { get; set; } = 3;

    public int MaxNameChars { get; set; } = 100;
    public int MaxOrganisationChars { get; set; } = 150;
    public int MaxMessageChars { get; set; } = 1000;
    public int MaxReplyChars { get; set; } = 500;

    /// <summary>How often pending notifications and the retention sweep run (also right after each new request).</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Off in tests that need a request to wait for a restart.</summary>
    public bool NotifierEnabled { get; set; } = true;
}
