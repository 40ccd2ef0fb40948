using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Conversation;

/// <summary>
/// A message read again in words the recognizer and every dialog already answer ("kalau tahun sebelumnya?" →
/// "kalau tahun 2017?"), from what the conversation remembers. The router walks the rereads stage by stage, each stage
/// in registration order: the first that rewrites the message ends its stage, and the next stage reads the new words.
/// </summary>
public interface IReread
{
    RereadStage Stage { get; }

    /// <summary>The message in other words, or null when this reread does not apply.</summary>
    string? Rewrite(ITurn turn, Recognition read);
}

/// <summary>
/// A relative year or place is written out first, so a list reference or a fragment then reads the named year/place.
/// </summary>
public enum RereadStage
{
    /// <summary>"tahun sebelumnya", "yang kabupaten": relative to the year or place the conversation is about.</summary>
    Relative,

    /// <summary>"yang kedua", "penghargaan?": pointing into the last list or at the place just spoken of.</summary>
    Reference,
}
