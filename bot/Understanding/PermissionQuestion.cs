using SmartCity.Bot.Knowledge;

namespace SmartCity.Bot.Understanding;

/// <summary>
/// The asker asks whether a party may pay for part of the programme (a permission word of tanya-izin.txt and a funding
/// word of hal-pendanaan.txt, knowledge/lexicon): a question about the programme's rules, answered by the documents,
/// and not yet a request to work with a region, unless the asker states a wish of their own (<see cref="SpeakerWish"/>).
/// </summary>
public static class PermissionQuestion
{
    private static readonly CuePattern Permission = new(@"\b(?:{:tanya-izin})\b");

    private static readonly CuePattern Funding = new(@"\b(?:{:hal-pendanaan})\b");

    /// <summary>Whether the (normalised) message asks whether funding is allowed, rather than asks to start a request.</summary>
    public static bool AsksWhetherFunding(string normalized) =>
        Permission.IsMatch(normalized) && Funding.IsMatch(normalized) && !SpeakerWish.In(normalized);
}
