using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using SmartCity.Bot.Regions;

namespace SmartCity.Bot.Timeline;

public sealed record HistoryEvent(DateOnly Date, int Year, string Title, string Source)
{
    /// <summary>Words people ask this event by, when every participant of the year's cohort took part in it (its MoU signing); empty otherwise.</summary>
    public IReadOnlyList<string> CohortWords { get; init; } = [];
}

public sealed record Deadline(string Id, string Title, DateOnly Date);

/// <summary>Who officers ask, or send the programme's documents to (calendar.json "contact"), and where that comes from.</summary>
/// <param name="ForRegion">Who to contact about one named region ("{region}" stands for its name); null when not given.</param>
/// <param name="ForOwnRegion">Who an officer or resident of a known region contacts about the programme ("{region}" as above).</param>
public sealed record ProgrammeContact(string Who, string? Note, string Source, string? ForRegion = null, string? ForOwnRegion = null)
{
    /// <summary>Who to contact about the region named (<see cref="ForRegion"/> with its name), null when not given.</summary>
    public string? About(Region region) => Filled(ForRegion, region);

    /// <summary>Who the user of a known region contacts: its own office by name (<see cref="ForOwnRegion"/>), else <see cref="Who"/>.</summary>
    public string For(Region? own) => (own is null ? null : Filled(ForOwnRegion, own)) ?? Who;

    // The one place "{region}" is filled, whichever wording staff gave.
    private static string? Filled(string? wording, Region region) => wording?.Replace("{region}", region.Name, StringComparison.Ordinal);
}

/// <summary>
/// What a past cohort had to finish by when (calendar.json "cohort_due"): the question words it answers, the statement with
/// "{year}" for the cohort's year, and the document it comes from.
/// </summary>
public sealed record CohortDue(IReadOnlyList<string> Words, string Text, string Source)
{
    public string For(int year) => Text.Replace("{year}", year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
}

public sealed record ChecklistItem(string Id, string Topic, string Question, string? Deadline);

public sealed record Stage(string Id, string Name, DateOnly Start, DateOnly End, IReadOnlyList<Deadline> Deadlines, IReadOnlyList<ChecklistItem> Checklist);

/// <summary>
/// The programme calendar staff edit (knowledge/data/calendar.json): past events with sources, the current cycle's
/// stages, checklists and deadlines (an example until staff replace it), and which years' participant lists are complete.
/// </summary>
public sealed class ProgrammeCalendar
{
    /// <summary>Deadlines fall at the end of the day in Jakarta (WIB, UTC+7).</summary>
    public static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    public required DateOnly LastUpdated { get; init; }
    public required bool IsExample { get; init; }
    public required string CycleName { get; init; }
    public string? CycleNote { get; init; }
    public required IReadOnlyList<HistoryEvent> History { get; init; }
    public required IReadOnlyList<Stage> Stages { get; init; }
    public required IReadOnlyDictionary<int, ListCoverage> Coverage { get; init; }
    public required string SourceFile { get; init; }
    public ProgrammeContact? Contact { get; init; }
    public CohortDue? CohortDue { get; init; }

    public IEnumerable<Deadline> AllDeadlines => Stages.SelectMany(s => s.Deadlines);

    public Stage? FindStage(string? id) => Stages.FirstOrDefault(s => s.Id == id);

    public Deadline? FindDeadline(string? id) => AllDeadlines.FirstOrDefault(d => d.Id == id);

    /// <summary>The stage whose window holds today; before the first its start, after the last the last.</summary>
    public Stage StageOn(DateOnly today) =>
        Stages.FirstOrDefault(s => s.Start <= today && today <= s.End)
        ?? Stages.FirstOrDefault(s => s.Start > today)
        ?? Stages[^1];

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.ToOffset(Wib).DateTime);

    /// <summary>The moment a deadline passes: the end of its day in WIB.</summary>
    public static DateTimeOffset EndOf(DateOnly date) => new(date.ToDateTime(new TimeOnly(23, 59, 59)), Wib);

    /// <summary>"Kalender terakhir diperbarui 23 November 2026 (jadwal siklus berjalan masih CONTOH…)" — said with every deadline.</summary>
    public string UpdatedNote() =>
        $"Kalender program terakhir diperbarui {FormatDate(LastUpdated)}." +
        (IsExample ? " Jadwal siklus berjalan ini masih **CONTOH**, bukan jadwal resmi — pastikan ke Kominfo/Komdigi atau Diskominfo Anda." : "");

    public static string FormatDate(DateOnly date) => date.ToString("d MMMM yyyy", Indonesian);

    public static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    public static ProgrammeCalendar Load(string path)
    {
        var file = JsonSerializer.Deserialize<CalendarFile>(File.ReadAllText(path), JsonOptions)
                   ?? throw new InvalidDataException($"{path}: empty calendar");
        var cycle = file.CurrentCycle ?? throw new InvalidDataException($"{path}: current_cycle is missing");
        if (cycle.Stages is not { Count: > 0 }) throw new InvalidDataException($"{path}: current_cycle.stages is empty");
        var coverage = new Dictionary<int, ListCoverage>();
        foreach (var y in file.ParticipantLists?.Complete ?? []) coverage[y] = ListCoverage.Complete;
        foreach (var y in file.ParticipantLists?.Partial ?? []) coverage[y] = ListCoverage.Partial;
        foreach (var y in file.ParticipantLists?.None ?? []) coverage[y] = ListCoverage.None;
        var stages = cycle.Stages.Select(s => new Stage(
            s.Id ?? throw new InvalidDataException($"{path}: a stage has no id"), s.Name ?? s.Id, Date(s.Start, path), Date(s.End, path),
            (s.Deadlines ?? []).Select(d => new Deadline(d.Id ?? d.Title ?? "tenggat", d.Title ?? d.Id ?? "Tenggat", Date(d.Date, path))).ToList(),
            (s.Checklist ?? []).Select(c => new ChecklistItem(c.Id ?? throw new InvalidDataException($"{path}: a checklist item has no id"),
                c.Topic ?? "lainnya", c.Question ?? c.Id, c.Deadline)).ToList())).ToList();
        return new ProgrammeCalendar
        {
            LastUpdated = Date(file.LastUpdated, path),
            IsExample = cycle.Example,
            CycleName = cycle.Name ?? "Siklus berjalan",
            CycleNote = cycle.Note,
            History = (file.History ?? []).Select(h => new HistoryEvent(Date(h.Date, path), h.Year, h.Title ?? "", h.Source ?? "")
                { CohortWords = (h.CohortWords ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) }).ToList(),
            Stages = stages,
            Coverage = coverage,
            SourceFile = path,
            CohortDue = file.CohortDue is { Words: { Length: > 0 } due, Text: { Length: > 0 } text } cd
                ? new CohortDue(due.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), text, cd.Source ?? Path.GetFileName(path)) : null,
            Contact = file.Contact is { Who: { Length: > 0 } who } c ? new ProgrammeContact(who, c.Note, c.Source ?? Path.GetFileName(path), c.ForRegion, c.ForOwnRegion) : null,
        };
    }

    private static DateOnly Date(string? value, string path) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw new InvalidDataException($"{path}: '{value}' is not a date (yyyy-MM-dd)");

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true,
    };

    private sealed record CalendarFile(string? LastUpdated, CoverageFile? ParticipantLists, List<HistoryFile>? History, CycleFile? CurrentCycle, ContactFile? Contact, CohortDueFile? CohortDue);
    private sealed record CohortDueFile(string? Words, string? Text, string? Source);
    private sealed record ContactFile(string? Who, string? Note, string? Source, string? ForRegion, string? ForOwnRegion);
    private sealed record CoverageFile(List<int>? Complete, List<int>? Partial, List<int>? None);
    private sealed record HistoryFile(string? Date, int Year, string? Title, string? Source, string? CohortWords);
    private sealed record CycleFile(bool Example, string? Name, string? Note, List<StageFile>? Stages);
    private sealed record StageFile(string? Id, string? Name, string? Start, string? End, List<DeadlineFile>? Deadlines, List<ChecklistFile>? Checklist);
    private sealed record DeadlineFile(string? Id, string? Title, string? Date);
    private sealed record ChecklistFile(string? Id, string? Topic, string? Question, string? Deadline);
}
