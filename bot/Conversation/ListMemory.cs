using System.Text.Json;
using System.Text.RegularExpressions;
using SmartCity.Bot.Protocol;
using SmartCity.Bot.Regions;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Conversation;

/// <summary>
/// The bot's last list ("- …" lines of its replies) kept for one exchange, so "yang kedua", "nomor 3" or "the last one"
/// can be read as the item itself. A list of kabupaten/kota keeps the regions in the order shown; any other list keeps
/// each line's head ("Smart economy", "Laporan pelaksanaan quick win"). An ordinal into a numbered sequence of steps
/// ("tahap kedua" after "Tahap 1: …", "Tahap 2: …") is <see cref="SequenceStep"/>'s, which reads before this.
/// </summary>
public sealed partial class ListMemory(RegionRegistry registry, EntityWords words) : IReread
{
    private readonly PhraseList _many = new(words.PointBackMany);

    public RereadStage Stage => RereadStage.Reference;

    public string? Rewrite(ITurn turn, Recognition read) => Resolve(turn, read.Entities);

    /// <summary>Conversation state: the items of the bot's last list.</summary>
    public const string LastListKey = "memory.lastList";

    /// <summary>Conversation state: the whole lines of the bot's last list when its items are not regions (what each says of its item).</summary>
    private const string LastLinesKey = "memory.lastListLines";

    // A line is kept only as long as it takes to name what it says of its item (a province, a pillar).
    private const int MaxLineLength = 200;

    // The list is written into the conversation state, stored and read again every turn, and a reply of a document's
    // lines can be as long as the document. Twice the longest list the data shows (a cohort year's 50 participants) keeps
    // every list the bot writes today; a longer one is not remembered at all rather than cut, since "yang terakhir"
    // into a cut list would name the wrong item (an ordinal reaches only the first 30 anyway).
    internal const int MaxItems = 100;

    /// <summary>Conversation state: the one programme the bot's last answer showed (a next message opening with "itu …" points at it).</summary>
    private static readonly NextTurnMemory<string> LastThing = new("memory.lastThing");

    /// <summary>The one programme an answer showed by name: a message opening with "itu …" next turn is about it.</summary>
    public static void RememberThing(ITurn turn, string title) => LastThing.Hold(turn, title);

    // An item's head is its first words; a longer head would drown the question it is put into.
    private const int MaxHeadWords = 10;

    /// <summary>
    /// The message with the words pointing into the last list replaced by the item (an ordinal such as "yang kedua" becomes
    /// the region or heading it points at), or null when it points at nothing remembered.
    /// </summary>
    public string? Resolve(ITurn turn, Entities entities)
    {
        // A message opening with "itu …" right after an answer that showed one programme: the programme, by its name.
        if (entities.OpensWithThatLength is > 0 and var that && entities.Regions.IsEmpty && entities.Pillar is null
            && LastThing.Latest(turn) is { Length: > 0 } thing)
        {
            var words = entities.Regions.Normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return string.Join(' ', words.Skip(that).Prepend(thing));
        }
        if (entities.ListItem is null && ByType(turn, entities) is { } typed) return typed;
        if (entities.ListItem is null && Many(turn, entities) is { } many) return many;
        if (entities.ListItem is not { } reference || turn.ConversationState.Get<string[]>(LastListKey) is not { Length: > 0 } items) return null;
        var index = reference.Position < 0 ? items.Length - 1 : reference.Position - 1;
        if (index >= items.Length) return null;
        var tokens = entities.Regions.Normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (reference.Start + reference.Length > tokens.Length) return null;
        // "the first one": the filler after an English ordinal goes with it.
        var end = reference.Start + reference.Length;
        if (end < tokens.Length && tokens[end] == "one") end++;
        return string.Join(' ', tokens[..reference.Start].Append(items[index]).Concat(tokens[end..]));
    }

    /// <summary>
    /// "yang kabupaten, bimteknya kapan?" after a list of regions with one kabupaten and one kota of a name (or any list
    /// holding exactly one region of the type): the message with "yang kabupaten" replaced by that region's name.
    /// </summary>
    private string? ByType(ITurn turn, Entities entities)
    {
        if (entities.Regions is not { Mentions.Count: 0, Province: null, Island: null }) return null;
        if (turn.ConversationState.Get<string[]>(LastListKey) is not { Length: > 1 } items) return null;
        var tokens = entities.Regions.Masked.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var at = Array.FindIndex(tokens, 0, Math.Max(0, tokens.Length - 1), t => t is "yang" or "yg");
        // The masked text spells every kota or kabupaten word (kotanya, pemkab …) as the type itself.
        if (at < 0 || tokens[at + 1] is not ("kota" or "kabupaten")) return null;
        var type = tokens[at + 1] == "kota" ? RegionType.Kota : RegionType.Kabupaten;
        var regions = items.Select(registry.FindByName).ToList();
        if (regions.Any(r => r is null) || regions.Where(r => r!.Type == type).ToList() is not [var only]) return null;
        return string.Join(' ', tokens[..at].Append(only!.Name).Concat(tokens[(at + 2)..]));
    }

    // Beyond this many, "mereka" after a long list is read as before (the subject): one answer per region would flood the chat.
    private const int MaxMany = 8;

    /// <summary>
    /// "mereka angkatan berapa?" right after a list of regions: the message with "mereka" replaced by the listed regions
    /// (the user's own left out, it was asked "selain kami"), so the question is answered for each of them.
    /// </summary>
    private string? Many(ITurn turn, Entities entities)
    {
        if (entities.Regions is not { Mentions.Count: 0, Province: null, Island: null } || entities.OwnRegion) return null;
        // "which of those took part in 2023?": only a year said of them narrows the list shown, as "yang 2024 aja" does.
        if (entities.OnlyYearOrPlace) return null;
        if (turn.ConversationState.Get<string[]>(LastListKey) is not { Length: > 1 } items || turn.ConversationState.Get<string[]>(LastLinesKey) is not null) return null;
        var tokens = entities.Regions.Normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (_many.Find(tokens) is not { } found) return null;
        var (at, length) = found;
        var own = turn.UserState.Get<string>(ConversationMemory.RegionKey);
        var others = items.Select(registry.FindByName).Where(r => r is not null && r.Code != own).Select(r => r!.Name).ToList();
        if (others.Count is 0 or > MaxMany) return null;
        var names = others.Count == 1 ? others[0] : string.Join(", ", others[..^1]) + " dan " + others[^1];
        return string.Join(' ', tokens[..at].Append(names).Concat(tokens[(at + length)..]));
    }

    /// <summary>
    /// The one line of the bot's last list (not a list of regions) that names <paramref name="name"/> as a whole word
    /// ("Pulau Morotai — Provinsi Maluku Utara"), or null when none or several do.
    /// </summary>
    public static string? LineNaming(ITurn turn, string name)
    {
        if (turn.ConversationState.Get<string[]>(LastLinesKey) is not { Length: > 1 } lines) return null;
        var naming = lines.Where(l => NamesWhole(l, name)).Take(2).ToList();
        return naming.Count == 1 ? naming[0] : null;
    }

    private static bool NamesWhole(string line, string name)
    {
        var at = line.IndexOf(name, StringComparison.OrdinalIgnoreCase);
        return at >= 0 && (at == 0 || !char.IsLetter(line[at - 1])) && (at + name.Length == line.Length || !char.IsLetter(line[at + name.Length]));
    }

    /// <summary>Whether the bot's last list was one of kabupaten/kota ("ada berapa?" then counts it).</summary>
    public static bool ShowsRegions(ITurn turn) =>
        turn.ConversationState.Get<string[]>(LastListKey) is { Length: > 1 } && turn.ConversationState.Get<string[]>(LastLinesKey) is null;

    /// <summary>Conversation state: the lines of the bot's last list that open with a year ("**2018**: 50 …"), for "kalau 2018?".</summary>
    private const string YearLinesKey = "memory.lastYearLines";

    /// <summary>
    /// The one line of the bot's last list that opens with the year ("**2018**: 50 (…)" in a per-year summary), or null
    /// when the list had no such lines or several open with it. A year named later in a line ("… sejak 2017") is not its head.
    /// </summary>
    public static string? LineOfYear(ITurn turn, int year)
    {
        if (turn.ConversationState.Get<string[]>(YearLinesKey) is not { Length: > 1 } lines) return null;
        var opening = lines.Where(l => OpeningYear(l) == year).Take(2).ToList();
        return opening.Count == 1 ? opening[0] : null;
    }

    private static int? OpeningYear(string line)
    {
        var text = line.TrimStart('*', '_', ' ');
        return text.Length >= 4 && text[..4].All(char.IsAsciiDigit) && (text.Length == 4 || !char.IsAsciiDigit(text[4]))
            ? int.Parse(text[..4], System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>
    /// After the turn: the list the replies showed becomes the one to point into; replies without a list forget it —
    /// except right after a message that pointed into it, so "yang kedua …" then "kalau yang terakhir?" both work.
    /// </summary>
    public void Remember(ITurn turn, bool pointedIntoList)
    {
        // The programme shown is pointed at in the very next message only.
        LastThing.Expire(turn);
        var lines = new List<string>();
        foreach (var reply in turn.Outbox)
            if (reply.Type == ActivityTypes.Message)
                foreach (var text in TextsOf(reply)) AddItemLines(text, lines);
        var regions = RegionsIn(lines);
        var items = regions.Count >= 2 ? regions : lines.Select(Head).Where(h => h.Length > 0).ToList();
        // A list too long to keep was still shown: the one before it is no longer the last, even right after pointing into it.
        if (items.Count > MaxItems || (regions.Count < 2 && lines.Count > MaxItems)) Forget(turn);
        else if (items.Count >= 2)
        {
            turn.ConversationState.Set(LastListKey, items.ToArray());
            if (regions.Count >= 2) turn.ConversationState.Remove(LastLinesKey);
            else turn.ConversationState.Set(LastLinesKey, lines.Select(l => l.Length > MaxLineLength ? l[..MaxLineLength] : l).ToArray());
        }
        else if (!pointedIntoList) Forget(turn);
        // Lines keyed by year are kept whatever the list's items are (a per-year summary names regions in its notes);
        // bounded like the list itself.
        if (lines.Count <= MaxItems && lines.Select(OpeningYear).OfType<int>().Distinct().Count() >= 2)
            turn.ConversationState.Set(YearLinesKey, lines.Select(l => l.Length > MaxLineLength ? l[..MaxLineLength] : l).ToArray());
        else if (!pointedIntoList) turn.ConversationState.Remove(YearLinesKey);
    }

    private static void Forget(ITurn turn)
    {
        turn.ConversationState.Remove(LastListKey);
        turn.ConversationState.Remove(LastLinesKey);
    }

    /// <summary>The kabupaten/kota named in the lines, in the order shown (a longer name wins over one inside it).</summary>
    private List<string> RegionsIn(List<string> lines)
    {
        var found = new List<string>();
        foreach (var line in lines)
            for (var at = 0; at < line.Length; at = NextWord(line, at))
                if (NameAt(line, at) is { } name)
                {
                    if (!found.Contains(name)) found.Add(name);
                    at += name.Length - 1;
                }
        return found;
    }

    /// <summary>
    /// The longest region name starting at a word of the line and not running into a longer word ("Kota Tangerang"
    /// inside "Kota Tangerang Selatan" is no name of its own).
    /// </summary>
    private string? NameAt(string line, int at)
    {
        var (names, maxWords) = Names;
        Span<int> ends = stackalloc int[maxWords];
        var count = 0;
        for (var i = at; i <= line.Length && count < maxWords; i++)
            if (i == line.Length || line[i] == ' ') ends[count++] = i;
        for (var w = count - 1; w >= 1; w--)
        {
            // Punctuation right after a name ("Kota Bogor," "**Kota Bogor**") ends it.
            var end = ends[w];
            while (end > at && !char.IsLetterOrDigit(line[end - 1])) end--;
            if (names.Contains(line.AsSpan(at, end - at))) return line.Substring(at, end - at);
        }
        return null;
    }

    private static int NextWord(string line, int at)
    {
        while (at < line.Length && char.IsLetterOrDigit(line[at])) at++;
        while (at < line.Length && !char.IsLetterOrDigit(line[at])) at++;
        return at;
    }

    private (HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Names, int MaxWords) Names =>
        _names ??= (new HashSet<string>(registry.Regions.Select(r => r.Name), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>(),
            registry.Regions.Max(r => r.Name.Split(' ').Length) + 1);
    private (HashSet<string>.AlternateLookup<ReadOnlySpan<char>>, int)? _names;

    /// <summary>The list items among the lines of a reply (every turn passes here: a line becomes a string only if it is one).</summary>
    private static void AddItemLines(string text, List<string> items)
    {
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            var line = raw.Trim();
            if (line.StartsWith("- ") || line.StartsWith("• ")) items.Add(line[2..].Trim().ToString());
            else if (line.Length > 2 && char.IsAsciiDigit(line[0]) && Numbered().Match(line.ToString()) is { Success: true } m) items.Add(m.Groups[1].Value);
        }
    }

    /// <summary>"**Smart economy** — …" → "Smart economy"; "Laporan pelaksanaan quick win: 29 Januari 2027" → its label.</summary>
    private static string Head(string item)
    {
        var text = item.Replace("**", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).Trim();
        foreach (var separator in new[] { " — ", " – ", ": ", " (" })
            if (text.IndexOf(separator, StringComparison.Ordinal) is > 0 and var at) text = text[..at];
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Take(MaxHeadWords)).TrimEnd('.', ',', ';', ':');
    }

    /// <summary>
    /// The text of a reply, or where it has none (Teams: the card alone speaks) the texts inside its cards. A reply's
    /// text already carries all its card says, for channels without cards.
    /// </summary>
    internal static IEnumerable<string> TextsOf(Activity activity)
    {
        if (!string.IsNullOrEmpty(activity.Text))
        {
            yield return activity.Text;
            yield break;
        }
        foreach (var attachment in activity.Attachments ?? [])
            if (ProtocolJson.AsElement(attachment.Content) is { } content)
                foreach (var text in Strings(content)) yield return text;
    }

    private static IEnumerable<string> Strings(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                    if (property.Name == "text" && property.Value.ValueKind == JsonValueKind.String) yield return property.Value.GetString()!;
                    else foreach (var text in Strings(property.Value)) yield return text;
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                    foreach (var text in Strings(item)) yield return text;
                break;
        }
    }

    [GeneratedRegex(@"^\d{1,2}[.)]\s+(.+)$")]
    private static partial Regex Numbered();
}
