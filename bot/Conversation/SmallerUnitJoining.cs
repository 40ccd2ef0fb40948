using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Conversation;

/// <summary>
/// A desa, kelurahan or kecamatan asking whether it may join (the unit as subject, a join word after it) asks who may
/// take part, not whether the kabupaten named beside it did. The clause that asks it is read as
/// the eligibility question (first line of topik-satuan-bawah-daerah.txt).
/// </summary>
public sealed class SmallerUnitJoining : IReread
{
    // Words from knowledge/lexicon/: satuan-bawah-daerah.txt (desa, kecamatan, …), ikut-serta.txt (ikut, daftar, peserta, …).
    private static readonly CuePattern UnitCue = new(@"\b(?:{:satuan-bawah-daerah})\b");
    private static readonly CuePattern JoinCue = new(@"\b(?:{:ikut-serta})\b");

    // penanda-sesudah.txt and penanda-sebelum.txt (setelah, sebelum, …): a join word they lead only dates what is asked
    // ("… setelah ikut program …" asks what holds after joining, not whether one may join).
    private static readonly CuePattern TimedJoinCue = new(@"\b(?:{:penanda-sesudah}|{:penanda-sebelum})\s+(?:{:ikut-serta})\b");

    // Dialogs that wait for free text (a form's message, a checklist answer) read the words themselves.
    private static readonly HashSet<string> FreeTextDialogs = ["collaboration", "statusCheck"];

    public RereadStage Stage => RereadStage.Relative;

    public string? Rewrite(ITurn turn, Recognition read)
    {
        if (read.TopIntent is not (IntentNames.Participation or DialogRouter.FallbackIntent)
            || new DialogStack(turn.ConversationState).Top?.Id is { } waiting && FreeTextDialogs.Contains(waiting)
            || !Lexicon.Current.Lists.TryGetValue("topik-satuan-bawah-daerah", out var topic) || topic is not [var eligibility, ..])
            return null;
        var start = LastClauseAsking(turn.Text);
        // Only the question: an introduction kept beside it (a kecamatan officer naming Kabupaten X) makes "siapa … ikut"
        // read as X's cohort list.
        return start < 0 ? null : $"{eligibility}?";
    }

    private static readonly char[] ClauseEnds = [',', '.', ';', '?', '!', '\n'];

    /// <summary>Where the last clause asking whether a smaller unit can join begins, or -1.</summary>
    private static int LastClauseAsking(string text)
    {
        var start = 0;
        var found = -1;
        while (start < text.Length)
        {
            var end = text.IndexOfAny(ClauseEnds, start);
            var clause = end < 0 ? text[start..] : text[start..end];
            if (AsksToJoin(InformalIndonesian.Normalize(clause))) found = start + (clause.Length - clause.TrimStart().Length);
            if (end < 0) break;
            start = end + 1;
        }
        return found;
    }

    /// <summary>
    /// The unit is the clause's subject: said generically (followed by nothing, another unit, or a word saying nothing,
    /// the unit followed by a pronoun or a modal — not a named village, not a village head placed in a kabupaten), and a join word comes after it.
    /// </summary>
    private static bool AsksToJoin(string clause)
    {
        // A count of villages that took part asks a number, not whether one may join.
        if ((AnswerTypes.Of(clause) & AnswerType.Count) != 0) return false;
        var lexicon = Lexicon.Current;
        var places = lexicon.Lists.TryGetValue("kata-depan-tempat", out var at) ? at : [];
        foreach (System.Text.RegularExpressions.Match unit in UnitCue.Regex.Matches(clause))
        {
            var rest = clause[(unit.Index + unit.Length)..];
            var next = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            var generic = next is null || UnitCue.IsMatch(next) || JoinCue.IsMatch(next)
                || lexicon.StopWords.Contains(next) && !places.Contains(next);
            if (generic && JoinCue.Regex.Matches(rest).Count > TimedJoinCue.Regex.Matches(rest).Count) return true;
        }
        return false;
    }
}
