using System.Text.RegularExpressions;
using SmartCity.Bot.Regions;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Conversation;

/// <summary>
/// An officer of Kabupaten Sarolangun asking "yang seangkatan kami dari jambi siapa aja?": a bare name that is both a
/// province and a kota of it ("Jambi", "Bengkulu", "Gorontalo"), from someone whose own region lies in that province,
/// is the province — read as "provinsi jambi". Written with its type word ("kota jambi") it stays the kota.
/// </summary>
public sealed class OwnProvinceByName(RegionRegistry registry) : IReread
{
    public RereadStage Stage => RereadStage.Relative;

    public string? Rewrite(ITurn turn, Recognition read)
    {
        if (new ConversationMemory(turn, registry).Region is not { } own
            || read.Entities.Regions.Mentions is not [{ AlsoProvince: { } province } named]
            || province != own.Province || named.Candidates.Contains(own)) return null;
        var bare = new Regex(@"\b" + Regex.Escape(named.Typed) + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        return bare.IsMatch(turn.Text) ? bare.Replace(turn.Text, m => "provinsi " + m.Value, 1) : null;
    }
}
