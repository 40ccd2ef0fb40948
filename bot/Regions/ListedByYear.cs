using SmartCity.Bot.Conversation;
using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Protocol;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Regions;

/// <summary>
/// Which of them is newest or took part first, asked right after a list of kabupaten/kota: of the listed regions,
/// the one(s) that took part latest (a phrase of knowledge/lexicon/penanda-terbaru.txt) or earliest
/// (penanda-terawal.txt), by the participants' data. Only a short message that names no place, year or list item
/// ("yang terakhir" is the last item) and does not speak of the user's own region ("… kami" asks about the user's own
/// steps, not the list); one region found becomes the region spoken of.
/// </summary>
public sealed class ListedByYear(RegionRegistry registry) : IAnswerAside
{
    private static readonly CuePattern Latest = new(@"\b(?:{:penanda-terbaru})\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
    private static readonly CuePattern Earliest = new(@"\b(?:{:penanda-terawal})\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    // A longer message asks something more of the list than which came first or last.
    private const int MaxWords = 7;

    public bool Answers(ITurn turn, Recognition read)
    {
        var entities = read.Entities;
        if (!entities.Regions.IsEmpty || entities.Year is not null || entities.Cohort is not null || entities.ListItem is not null || entities.OwnRegion
            || !ListMemory.ShowsRegions(turn) || turn.ConversationState.Get<string[]>(ListMemory.LastListKey) is not { } listed) return false;
        var words = entities.Regions.Normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > MaxWords) return false;
        var said = string.Join(' ', words);
        var latest = Latest.IsMatch(said);
        if (latest == Earliest.IsMatch(said)) return false;
        var years = listed.Select(registry.FindByName).OfType<Region>()
            .Select(r => (Region: r, Years: registry.ParticipationsOf(r).Select(p => p.Year).ToList())).Where(r => r.Years.Count > 0).ToList();
        if (years.Count < 2) return false;
        var keyed = years.Select(r => (r.Region, Year: latest ? r.Years.Max() : r.Years.Min())).ToList();
        var year = latest ? keyed.Max(r => r.Year) : keyed.Min(r => r.Year);
        var found = keyed.Where(r => r.Year == year).Select(r => r.Region).ToList();
        var names = found.Count == 1 ? found[0].Name : string.Join(", ", found.Select(r => r.Name).SkipLast(1)) + " dan " + found[^1].Name;
        var which = latest ? "paling baru" : "paling awal";
        turn.Send(Replies.Text($"Dari daftar tadi, yang {which} ikut Gerakan Menuju Smart City: **{names}** (tahun {year}, {registry.CohortName(year)}).\n\n_Sumber: {ParticipationAnswers.DataSource}_"));
        var memory = new ConversationMemory(turn, registry);
        if (found.Count == 1) memory.RememberSubject(found[0]);
        memory.RememberYear(year);
        return true;
    }

    // The list stays the one pointed into.
    public void Remember(ITurn turn) { }
}
