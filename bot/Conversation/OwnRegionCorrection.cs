using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Regions;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Conversation;

/// <summary>
/// "maaf, yang saya maksud kotanya" from an officer who introduced themselves by the kabupaten of that name: the place
/// now named is the other type of the user's own region, and the message corrects it, so it is who the user is from now
/// on ("angkatan kami" is the kota's). A place of another name, or the namesake asked without a correction word, only
/// becomes what the conversation is about. The words are data: knowledge/lexicon/pembuka-koreksi.txt and kata-maksud.txt.
/// </summary>
public static class OwnRegionCorrection
{
    private static readonly string[] WordLists = ["pembuka-koreksi", "kata-maksud"];

    /// <summary>Whether <paramref name="named"/> replaces <paramref name="own"/> as the user's region.</summary>
    public static bool Corrects(Region? own, Region named, string text) =>
        own is not null && own.Code != named.Code && own.Type != named.Type
        && string.Equals(own.BaseName, named.BaseName, StringComparison.OrdinalIgnoreCase)
        && SaysCorrection(text, Lexicon.Current);

    private static bool SaysCorrection(string text, Lexicon lexicon) =>
        new PhraseList(WordLists.SelectMany(file => lexicon.Lists.TryGetValue(file, out var list) ? list : []))
            .In(RegionResolver.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
