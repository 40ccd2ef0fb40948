using System.Text.RegularExpressions;
using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Regions;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Conversation;

/// <summary>
/// "Kota X berada di Provinsi Y", then "siapa lagi dari provinsi itu?": the province pointed at is the one of the
/// region spoken of, written out ("provinsi Y") so the question reads as one about that province and the province's
/// participants answer it, whatever else the sentence holds. The pointing phrases are in
/// knowledge/lexicon/penunjuk-provinsi.txt. A phrase pointing at the region's place without naming a province ("dari situ",
/// "from there": knowledge/lexicon/asal-tempat-itu.txt) points at the province too when the message asks for others
/// (penanda-lainnya.txt: "daerah lain dari sana ada?"). Nothing changes when the message names a place itself, when no region was
/// spoken of, or right after a list of kabupaten/kota (a province's list: "provinsi itu" is that list's province).
/// </summary>
public sealed class ProvincePointer(RegionRegistry registry) : IReread
{
    public RereadStage Stage => RereadStage.Relative;

    public string? Rewrite(ITurn turn, Recognition read)
    {
        if (read.Entities.Regions.Mentions.Count > 0 || read.Entities.Regions.Province is not null || read.Entities.Regions.Island is not null) return null;
        // Right after a list of kabupaten/kota the province meant is the list's, which the participation dialog keeps.
        if (ListMemory.ShowsRegions(turn) || new ConversationMemory(turn, registry).SpokenOf is not { } region) return null;
        var pointer = Pointer.Match(turn.Text);
        if (!pointer.Success && OthersCue.IsMatch(turn.Text)) pointer = PlacePointer.Match(turn.Text);
        return pointer.Success ? turn.Text[..pointer.Index] + "provinsi " + region.Province + turn.Text[(pointer.Index + pointer.Length)..] : null;
    }

    private static readonly CuePattern Pointer = new(@"\b(?:{:penunjuk-provinsi})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly CuePattern PlacePointer = new(@"\b(?:{:asal-tempat-itu})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly CuePattern OthersCue = new(@"\b(?:{:penanda-lainnya})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
