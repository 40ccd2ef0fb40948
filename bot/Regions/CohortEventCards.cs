using SmartCity.Bot.Cards;
using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Timeline;

namespace SmartCity.Bot.Regions;

/// <summary>A cohort event's card and the dates it states.</summary>
public sealed record DatedEvent(AnswerCard Card, IReadOnlyList<string> Dates);

/// <summary>
/// "kapan Kota X teken MoU?": the region's cohort year(s) from participants.csv with the date of the event the question
/// names (calendar.json). The participation dialog needs only this; the region data answers use it beside their other readings.
/// </summary>
public sealed class CohortEventCards(RegionRegistry registry, CohortEvents cohortEvents)
{
    /// <summary>
    /// A date question naming an event every participant of a cohort took part in (calendar.json <c>cohort_words</c>):
    /// the region's year(s) and that event's date. Null when the region is in no list or the question names no such event.
    /// </summary>
    public AnswerCard? For(Region region, string question) => Dated(region, question)?.Card;

    /// <summary>The card of <see cref="For"/> with the dates it states (an answer that already gives one of them needs no card).</summary>
    public DatedEvent? Dated(Region region, string question)
    {
        var normalized = InformalIndonesian.Normalize(question);
        // "di mana": the event's title names its venue ("…, Jakarta", "secara virtual"), so where is answered as when.
        if ((AnswerTypes.Of(normalized) & (AnswerType.Date | AnswerType.Place)) == 0) return null;
        var participations = registry.ParticipationsOf(region);
        if (participations.Count == 0 || !OfOwnCohort(participations, question)) return null;
        var named = cohortEvents.NamedIn(normalized);
        if (named.Count == 0) return null;
        var lines = new List<string>();
        var sources = new List<string>();
        var dates = new List<string>();
        foreach (var participation in participations)
        {
            var cohort = registry.CohortName(participation.Year);
            var happened = named.Where(e => e.Year == participation.Year).OrderBy(e => e.Date).ToList();
            lines.Add(happened.Count == 0
                ? $"{region.Name} tercatat sebagai peserta tahun {participation.Year} ({cohort}); tanggal kegiatan itu untuk angkatan {participation.Year} tidak ada di data kami."
                : $"{region.Name} tercatat sebagai peserta tahun {participation.Year} ({cohort}). " +
                  string.Join(" ", happened.Select(e => $"{e.Title}: **{ProgrammeCalendar.FormatDate(e.Date)}**.")));
            sources.AddRange(happened.Select(e => e.Source));
            dates.AddRange(happened.Select(e => ProgrammeCalendar.FormatDate(e.Date)));
            sources.Add(participation.Source);
        }
        var body = string.Join("\n\n", lines) + " Tanggal ini berlaku untuk seluruh peserta angkatan tersebut; tanggal khusus daerah ini tidak dimuat.";
        return new DatedEvent(new AnswerCard($"{region.Name}: jadwal angkatannya", body, [],
            $"{ParticipationAnswers.DataSource}; kalender program; {string.Join("; ", sources.Distinct())}", [$"Cek status {region.Name}"]), dates);
    }

    /// <summary>
    /// The question asks of the region's own cohort unless what it asks (its closing question, without the sentences
    /// about the asker) names only years the region took part in none of: "kami peserta 2019. MoU 2023 kapan?" asks of 2023.
    /// </summary>
    private static bool OfOwnCohort(IReadOnlyCollection<Participation> participations, string question)
    {
        var asked = AnswerTypes.Years(InformalIndonesian.Normalize(QuestionPreamble.ClosingQuestion(question) ?? question));
        return asked.Count == 0 || participations.Any(p => asked.Contains(p.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }
}
