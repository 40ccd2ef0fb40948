using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Caching;

namespace SmartCity.Bot.Regions;

/// <summary>A region name found in a message: the regions it may mean (two for "Bogor": Kota and Kabupaten).</summary>
/// <param name="Corrected">True when the name was read through a typo ("pematangsiantr").</param>
public sealed record RegionMention(string Typed, IReadOnlyList<Region> Candidates, bool Corrected = false)
{
    /// <summary>The province this name also is, when it was written bare ("dari Jambi", no "Kota" before it).</summary>
    public string? AlsoProvince { get; init; }

    /// <summary>
    /// Where the name stands among the words of the text it was read from (<see cref="RegionQuery.Normalized"/> split at
    /// its spaces): an other name ("jogja", "PPU") covers the word the user wrote, a name read through a type word
    /// ("Kota Baru") that word too.
    /// </summary>
    public WordSpan At { get; init; }
}

/// <summary>A run of words of a normalized text: the first one's position and how many.</summary>
public readonly record struct WordSpan(int Start, int Length);

/// <summary>A name after an explicit "kota"/"kabupaten" that matches nothing, with the closest real names.</summary>
public sealed record UnknownRegion(string Typed, IReadOnlyList<Region> Suggestions);

/// <summary>What a message says about places: kabupaten/kota mentions, a province, or an unknown name.</summary>
public sealed record RegionQuery(IReadOnlyList<RegionMention> Mentions, string? Province, UnknownRegion? Unknown, string Normalized)
{
    /// <summary>An island group named ("Kalimantan", "pulau Sumatera"; islands.csv), read as its provinces together.</summary>
    public Island? Island { get; init; }

    public bool IsEmpty => Mentions.Count == 0 && Province is null && Unknown is null;

    /// <summary>True when the message is nothing but place names (and markers): "garut", "Kabupaten Garut", "Jawa Barat".</summary>
    public bool IsOnlyNames { get; init; }

    /// <summary>The normalized words with each place name replaced by "xregion" or "xprovince" (what an intent classifier reads).</summary>
    public string Masked { get; init; } = Normalized;
}

/// <summary>
/// Finds kabupaten/kota and province names in informal Indonesian text: markers (kota, kab., kabupaten, pemkab),
/// spacing ("palangka raya"), abbreviations (PPU, Humbahas, jogja), provinces ("Jawa Barat", "jabar"), and typos
/// (edit distance, only where a marker or a clear name position makes a guess safe).
/// </summary>
public sealed partial class RegionResolver
{
    private const string KotaMarker = "\u0001kota";
    private const string KabMarker = "\u0001kab";
    private const string ProvMarker = "\u0001prov";

    /// <summary>The type a word names ("kota", "kabupatennya", "pemkab"), or null (knowledge/understanding/region-markers.txt).</summary>
    public RegionType? TypeNamedBy(string word) => _names.TypeNamedBy(word);

    private readonly RegionRegistry _registry;
    private readonly RegionWords _words;
    private readonly RegionNameWords _names;
    private readonly (string Alias, string[] Words, string[] Replacement)[] _multiWordProvinceAliases;
    private readonly (string Alias, string[] Words, string[] Replacement)[] _multiWordAliases;
    private readonly Dictionary<string, List<Region>> _byCompact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _provinceByCompact = new(StringComparer.Ordinal);
    private readonly Dictionary<char, KeyValuePair<string, List<Region>>[]> _byFirstLetter;
    private readonly int _maxTokens;
    private readonly (string[] Names, Island Island)[] _islandNames;

    public RegionResolver(RegionRegistry registry, RegionWords words)
    {
        _registry = registry;
        _words = words;
        _names = words.Names;
        // Split once; replaced word by word so that each word keeps where in the text it was written. An alias the text
        // lacks cannot match: skipped.
        _multiWordProvinceAliases = MultiWord(_names.ProvinceAliases);
        // A region's old or popular name of two words or more ("ujung pandang"): read as the region's name, like a one-word alias.
        _multiWordAliases = MultiWord(_names.Aliases);
        foreach (var region in registry.Regions)
        {
            var key = Compact(Normalize(region.BaseName));
            if (!_byCompact.TryGetValue(key, out var list)) _byCompact[key] = list = [];
            list.Add(region);
        }
        foreach (var province in registry.Provinces) _provinceByCompact[Compact(Normalize(province))] = province;
        foreach (var (alias, province) in _names.ProvinceAliases)
            if (_provinceByCompact.TryGetValue(Compact(province), out var name)) _provinceByCompact[Compact(alias)] = name;
        // Longest names first: "pulau sumatera" before "sumatera", "bali dan nusa tenggara" before "nusa tenggara".
        _islandNames = registry.Islands.SelectMany(i => i.Names.Select(n => (Names: Normalize(n).Split(' '), Island: i)))
            .OrderByDescending(x => x.Names.Length).ToArray();
        _maxTokens = registry.Regions.Max(r => Normalize(r.BaseName).Split(' ').Length) + 1;
        _byFirstLetter = _byCompact.GroupBy(kv => kv.Key[0]).ToDictionary(g => g.Key, g => g.ToArray());
    }

    public Region? RegionByCode(string code) => _registry.ByCode.GetValueOrDefault(code);

    /// <remarks>
    /// A turn resolves one text several times (the recognizer, then the answerer's check that a place the question
    /// names is in the answer, for each answer it composes, and that answer's text): results are remembered, bounded.
    /// </remarks>
    public RegionQuery Resolve(string text) => text.Length > MaxRememberedChars ? Compute(text) : _resolved.GetOrAdd(text, Compute);

    // Resolution depends only on the text and the registry this resolver was built over.
    private readonly BoundedMemo<string, RegionQuery> _resolved = new(MaxRemembered);
    private const int MaxRemembered = 512;
    private const int MaxRememberedChars = 2000;

    private RegionQuery Compute(string text)
    {
        var normalized = Normalize(text);
        var (tokens, from) = Tokenize(text);
        var capitals = CapitalisedWords(text);
        var mentions = new List<RegionMention>();
        string? province = null;
        UnknownRegion? unknown = null;
        var used = new bool[tokens.Count];
        var kinds = new string?[tokens.Count];
        var lastEnd = -1;
        // Each name read as a region: where it stands, whether a type word came before it, the province it also names.
        var marked = new List<(RegionMention Mention, int At, bool Typed, string? AlsoProvince)>();
        var landmarkNamed = false;

        for (var i = 0; i < tokens.Count; i++)
        {
            if (IsMarker(tokens[i])) continue;
            for (var length = Math.Min(_maxTokens, tokens.Count - i); length >= 1; length--)
            {
                var span = tokens.GetRange(i, length);
                if (span.Any(IsMarker) && length > 1 && !span.All(t => !IsMarker(t) || t == KotaMarker)) continue;
                var compact = string.Concat(span.Select(t => t == KotaMarker ? "kota" : t));
                var before = MarkerBefore(tokens, i);
                var regionHit = _byCompact.GetValueOrDefault(compact);
                var provinceHit = _provinceByCompact.GetValueOrDefault(compact);
                if (regionHit is null && provinceHit is null) continue;
                // A longer name whose last word is misspelt, not the shorter name its first word spells right.
                if (LongerByTypo(tokens, i, length, compact) is { } longer)
                {
                    mentions.Add(new RegionMention(string.Join(' ', tokens.GetRange(i, length + 1).Select(t => t.TrimStart('\u0001'))), Narrow(longer, before), Corrected: true)
                        { At = SpanOf(from, i, length + 1) });
                    kinds[i] = "xregion";
                    lastEnd = i + length + 1;
                    for (var k = i; k <= i + length; k++) used[k] = true;
                    i += length;
                    break;
                }
                // "candi muaro jambi": a landmark named after a place is not the place, nor is a shorter name inside it,
                // and no misspelt name is guessed among its words.
                if (i > 0 && _names.LandmarkWords.Contains(tokens[i - 1]))
                {
                    landmarkNamed = true;
                    i += length - 1;
                    break;
                }
                if (!Supported(tokens, i, length, before, capitals, text)) continue;
                // "Kabupaten Bone Bolango, Gorontalo": a province right after a region of that province qualifies it,
                // though the province's name is also a kota's and a kabupaten's.
                if (provinceHit is not null && (regionHit is null || before == ProvMarker || (lastEnd == i && mentions[^1].Candidates.Any(c => c.Province == provinceHit))))
                {
                    province ??= provinceHit;
                    kinds[i] = "xprovince";
                }
                else if (regionHit is not null && LongerNameMissing(tokens, i, length) is { } missing)
                {
                    // "Kota Semarang Barat": no such region; answering for Kota Semarang would be a wrong sure answer.
                    // No suggestions: the name before the compass word was spelt right, so names unlike it were not meant.
                    var type = before switch { KotaMarker => (RegionType?)RegionType.Kota, KabMarker => RegionType.Kabupaten, _ => null };
                    unknown ??= new UnknownRegion(Titled(type, missing), []);
                    kinds[i] = "xregion";
                    length++;
                }
                else if (regionHit is not null)
                {
                    var after = i + length < tokens.Count && tokens[i + length] is KotaMarker or KabMarker && IsParenthesised(text, tokens[i + length]) ? tokens[i + length] : null;
                    mentions.Add(new RegionMention(string.Join(' ', span.Select(t => t.TrimStart('\u0001'))), Narrow(regionHit, before ?? after))
                        { AlsoProvince = before is null ? provinceHit : null, At = SpanOf(from, i, length) });
                    marked.Add((mentions[^1], i, before is not null, before is null ? provinceHit : null));
                    kinds[i] = "xregion";
                    lastEnd = i + length;
                }
                for (var k = i; k < i + length; k++) used[k] = true;
                i += length - 1;
                break;
            }
        }

        province = ProvinceBesideItsRegion(marked, mentions, kinds) ?? province;
        var island = FindIsland(tokens, used, kinds, ref province);
        // A province named beside a misspelt kabupaten/kota ("kota sibolgo, sumut") does not stop the guess at the name;
        // then only a name after its type word is guessed, among the words the province did not take.
        var besideProvince = mentions.Count == 0 && province is not null && island is null && unknown is null;
        if (!landmarkNamed && (mentions.Count == 0 && province is null && island is null && unknown is null || besideProvince))
        {
            var (fuzzy, failed, at, length) = FindByTypo(tokens, capitals, text, besideProvince ? used : null);
            if (besideProvince) failed = null;
            if (fuzzy is not null)
            {
                mentions.Add(fuzzy with { At = SpanOf(from, at, length) });
                // Masked as a place like a name spelt right: "kalo kota balikpapn?" is a follow-up about a place.
                kinds[at] = "xregion";
                for (var k = at; k < at + length; k++) used[k] = true;
            }
            else unknown = failed;
        }

        var onlyNames = tokens.Count > 0 && (mentions.Count > 0 || province is not null || island is not null) &&
            tokens.Select((t, k) => (t, k)).All(x => used[x.k] || IsMarker(x.t) || x.t is "dan" or "atau") || (mentions.Count == 1 && mentions[0].Corrected && tokens.Count(t => !IsMarker(t)) <= 3);
        return new RegionQuery(Dedupe(mentions, tokens.Count(IsMarker) == 1), province, unknown, normalized) { IsOnlyNames = onlyNames, Masked = Mask(tokens, used, kinds), Island = island };
    }

    /// <summary>
    /// "kami dari Jambi, Diskominfo Kabupaten Sarolangun": a bare name that is also a province's ("Jambi"), in a message
    /// naming with its type word a kabupaten/kota of that province, is the province — wherever it stands — not the kota of
    /// that name. The mention is dropped and the province returned; null when there is none.
    /// </summary>
    private static string? ProvinceBesideItsRegion(List<(RegionMention Mention, int At, bool Typed, string? AlsoProvince)> marked, List<RegionMention> mentions, string?[] kinds)
    {
        string? found = null;
        foreach (var (mention, at, _, alsoProvince) in marked)
        {
            if (alsoProvince is null || !marked.Any(o => o.Mention != mention && o.Typed && o.Mention.Candidates.All(c => c.Province == alsoProvince))) continue;
            mentions.Remove(mention);
            kinds[at] = "xprovince";
            found ??= alsoProvince;
        }
        return found;
    }

    /// <summary>
    /// An island group's name among the words no region took ("kalimantan", "pulau sumatera"); a longer name holding a
    /// province ("bali dan nusa tenggara") is the island group, not that province. Masked like a province.
    /// </summary>
    private Island? FindIsland(List<string> tokens, bool[] used, string?[] kinds, ref string? province)
    {
        foreach (var (names, island) in _islandNames)
            for (var i = 0; i + names.Length <= tokens.Count; i++)
            {
                if (!names.AsSpan().SequenceEqual(tokens.GetRange(i, names.Length).ToArray())) continue;
                var span = Enumerable.Range(i, names.Length).ToList();
                if (span.All(k => used[k]) || span.Any(k => used[k] && kinds[k] != "xprovince" && !IsContinuation(kinds, k))) continue;
                if (span.Any(k => kinds[k] == "xprovince")) province = null;
                foreach (var k in span) { used[k] = true; kinds[k] = null; }
                kinds[i] = "xprovince";
                return island;
            }
        return null;
    }

    // A word of a province's name after its first (masked at the first word only).
    private static bool IsContinuation(string?[] kinds, int k) => kinds[k] is null && k > 0 && (kinds[k - 1] == "xprovince" || IsContinuation(kinds, k - 1));

    /// <summary>
    /// A name that is also an ordinary word ("batu", "malang", "batas" is none) needs support from context to be a
    /// region: a marker before it ("Kota Batu"), a cue of one or two words ("kami dari Batu", "pemda Malang", "asal saya Batu"), a capital letter that is
    /// not the sentence's first, a province after it ("Batu, Jawa Timur"), or the whole message being the name.
    /// Other names are a strong match of the whole token and need nothing more.
    /// </summary>
    private bool Supported(List<string> tokens, int i, int length, string? before, HashSet<string> capitals, string text)
    {
        var words = tokens.Skip(i).Take(length).Where(t => !IsMarker(t)).ToList();
        if (before is not null || words.Count > 1 || !words.All(_words.IsCommon)) return true;
        if (i > 0 && _words.IsCue(tokens[i - 1])) return true;
        if (i > 1 && _words.IsCue(tokens[i - 2] + " " + tokens[i - 1])) return true;
        if (i == 0 && i + length < tokens.Count && _names.SubjectVerbs.Contains(tokens[i + length])) return true;
        if (tokens.Count(t => !IsMarker(t)) == words.Count) return true;
        if (words.All(capitals.Contains)) return true;
        var after = tokens.Skip(i + length).Take(4).ToList();
        if (after.Count > 0 && after[0] == ProvMarker) return true;
        for (var n = 1; n <= after.Count; n++)
            if (_provinceByCompact.ContainsKey(string.Concat(after.Take(n)))) return true;
        return false;
    }

    /// <summary>Words written with a capital letter anywhere but at the start of a sentence.</summary>
    private static HashSet<string> CapitalisedWords(string text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        var end = 0;
        var sentenceStart = true;
        foreach (Match word in WordPattern().Matches(text))
        {
            for (var k = end; k < word.Index; k++)
                if (text[k] is '.' or '!' or '?' or ':' or '\n') sentenceStart = true;
            if (!sentenceStart && char.IsUpper(word.Value[0])) set.Add(Normalize(word.Value));
            sentenceStart = false;
            end = word.Index + word.Length;
        }
        return set;
    }

    private static string Mask(List<string> tokens, bool[] used, string?[] kinds)
    {
        var words = new List<string>(tokens.Count);
        for (var k = 0; k < tokens.Count; k++)
        {
            if (kinds[k] is { } kind) words.Add(kind);
            else if (used[k]) continue;
            else words.Add(tokens[k] switch { KotaMarker => "kota", KabMarker => "kabupaten", ProvMarker => "provinsi", var t => t });
        }
        return string.Join(' ', words);
    }

    /// <summary>The closest real names to what was typed (for "did you mean" choices).</summary>
    public IReadOnlyList<Region> Closest(string typed, RegionType? type, int count = 3)
    {
        var compact = Compact(Normalize(typed));
        return _registry.Regions.Where(r => type is null || r.Type == type)
            .Select(r => (Region: r, Distance: Distance(compact, Compact(Normalize(r.BaseName)))))
            .OrderBy(x => x.Distance).ThenBy(x => x.Region.Name, StringComparer.Ordinal).Take(count).Select(x => x.Region).ToList();
    }

    /// <param name="taken">When given, the words already read as a place: skipped, and only a name after a type word is guessed.</param>
    private (RegionMention? Found, UnknownRegion? Unknown, int At, int Length) FindByTypo(List<string> tokens, HashSet<string> capitals, string text, bool[]? taken = null)
    {
        (RegionMention Mention, int Distance, int Length, int At)? best = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (IsMarker(tokens[i]) || _words.IsCommon(tokens[i])) continue;
            if (taken is not null && (taken[i] || MarkerBefore(tokens, i) is null)) continue;
            for (var length = 1; length <= 3 && i + length <= tokens.Count; length++)
            {
                var span = tokens.GetRange(i, length);
                if (taken is not null && taken[i + length - 1]) break;
                if (span.Any(t => IsMarker(t) || (_words.IsCommon(t) && t is not ("selatan" or "utara" or "barat" or "timur" or "tengah" or "raya" or "besar" or "kepulauan" or "baru")))) break;
                var compact = string.Concat(span);
                if (compact.Length < 5 || compact.Any(char.IsDigit)) continue;
                // A guess at a misspelt name needs a marker, a cue or a capital, unless the word is long and unknown.
                var byContext = MarkerBefore(tokens, i) is not null || (i > 0 && _words.IsCue(tokens[i - 1])) || span.All(capitals.Contains);
                if (!byContext && compact.Length < 9) continue;
                var allowed = compact.Length >= 9 ? 2 : 1;
                // A name with the possessive "-nya" ("kalau kota Xnya?": that kota) is the name itself, however short.
                var bare = Particles.HasPossessive(compact) ? Particles.WithoutPossessive(compact) : null;
                // The distance is at least the length difference: names too long or short are skipped before computing it.
                // The one closest name, if one is closer than all others (every span of every message without a
                // name comes here: a loop, not a query per span).
                List<Region>? closest = null;
                int nearest = int.MaxValue, atNearest = 0;
                foreach (var (name, regions) in _byFirstLetter.GetValueOrDefault(compact[0]) ?? [])
                {
                    var possessed = bare is not null && name == bare;
                    if (Math.Abs(name.Length - compact.Length) > allowed && !possessed) continue;
                    var distance = possessed ? 0 : Distance(compact, name);
                    if (distance > allowed || distance > nearest) continue;
                    // Read through its length alone, a prefixed verb is not a name: "menggarap" is no "Manggarai".
                    if (!byContext && _words.IsPrefixedVerbUnlike(compact, name)) continue;
                    if (distance < nearest) (closest, nearest, atNearest) = (regions, distance, 0);
                    atNearest++;
                }
                if (atNearest != 1) continue;
                var mention = new RegionMention(string.Join(' ', span), Narrow(closest!, MarkerBefore(tokens, i)), Corrected: true);
                if (best is null || nearest < best.Value.Distance || (nearest == best.Value.Distance && length > best.Value.Length))
                    best = (mention, nearest, length, i);
            }
        }
        if (best is not null) return (best.Value.Mention, null, best.Value.At, best.Value.Length);

        // An explicit marker followed by a name we do not know: offer the closest real names.
        for (var i = 0; i < tokens.Count - 1; i++)
        {
            if (tokens[i] is not (KotaMarker or KabMarker) || IsGenericMarker(tokens, i)) continue;
            var words = tokens.Skip(i + 1).TakeWhile(t => !IsMarker(t) && !_words.IsCommon(t) && !t.Any(char.IsDigit)).Take(2).ToList();
            if (words.Count == 0 || string.Concat(words).Length < 3) continue;
            var typed = string.Join(' ', words);
            var type = tokens[i] == KotaMarker ? RegionType.Kota : RegionType.Kabupaten;
            return (null, new UnknownRegion(Titled(type, typed), CloseNames(typed, type)), 0, 0);
        }
        return (null, null, 0, 0);
    }

    /// <summary>
    /// The one region whose name begins with the name just matched and, with the next word, is within one letter of it
    /// (two for a longer typed word): "bone bolangu" is Bone Bolango, not Bone. Null when the next word is a
    /// marker or an everyday word, or when no single name is that close.
    /// </summary>
    private List<Region>? LongerByTypo(List<string> tokens, int i, int length, string compact)
    {
        var next = i + length;
        if (next >= tokens.Count || IsMarker(tokens[next]) || _words.IsCommon(tokens[next]) || tokens[next].Any(char.IsDigit) || tokens[next].Length < 2) return null;
        var typed = compact + tokens[next];
        var allowed = tokens[next].Length >= 5 ? 2 : 1;
        List<Region>? found = null;
        foreach (var (name, regions) in _byFirstLetter.GetValueOrDefault(compact[0]) ?? [])
        {
            if (name.Length <= compact.Length || !name.StartsWith(compact, StringComparison.Ordinal) || Math.Abs(name.Length - typed.Length) > allowed) continue;
            if (Distance(typed, name) > allowed) continue;
            if (found is not null) return null;
            found = regions;
        }
        return found;
    }

    /// <summary>
    /// The name with the compass word after it ("semarang barat") when the word after a region's name is one
    /// (region-markers.txt <c>arah</c>) and no region or province name is or ends with the longer name; null otherwise.
    /// </summary>
    private string? LongerNameMissing(List<string> tokens, int i, int length)
    {
        var next = i + length;
        if (next >= tokens.Count || !_names.CompassWords.Contains(tokens[next])) return null;
        var span = tokens.GetRange(i, length + 1).Where(t => !IsMarker(t)).ToList();
        var compact = string.Concat(span);
        // "… Penajam Paser Utara": the longer name ends a real one, read from a word before it; not a missing region.
        var known = _byCompact.Keys.Concat(_provinceByCompact.Keys).Any(k => k.EndsWith(compact, StringComparison.Ordinal));
        return known ? null : string.Join(' ', span);
    }

    /// <summary>
    /// Real names close enough to what was typed to be what was meant (at most a third of its letters differ): a
    /// name close to none is said plainly not to exist rather than answered with unrelated regions.
    /// </summary>
    private IReadOnlyList<Region> CloseNames(string typed, RegionType? type)
    {
        var compact = Compact(Normalize(typed));
        var allowed = Math.Max(1, compact.Length / 3);
        return Closest(typed, type).Where(r => Distance(compact, Compact(Normalize(r.BaseName))) <= allowed).ToList();
    }

    private static string Titled(RegionType? type, string typed) =>
        $"{type switch { RegionType.Kota => "Kota ", RegionType.Kabupaten => "Kabupaten ", _ => "" }}{CultureInfo.InvariantCulture.TextInfo.ToTitleCase(typed)}";

    /// <summary>"kabupaten/kota", "kota dan kabupaten", "selain kota": the words used generically, not naming one region.</summary>
    private bool IsGenericMarker(List<string> tokens, int i)
    {
        bool MarkerAt(int k) => k >= 0 && k < tokens.Count && IsMarker(tokens[k]);
        bool Joiner(int k) => k >= 0 && k < tokens.Count && tokens[k] is "dan" or "atau" or "dengan" or "maupun" or "serta";
        if (MarkerAt(i - 1) || MarkerAt(i + 1) || (Joiner(i - 1) && MarkerAt(i - 2)) || (Joiner(i + 1) && MarkerAt(i + 2))) return true;
        return i > 0 && _names.GenericLeaders.Contains(tokens[i - 1]);
    }

    private static IReadOnlyList<Region> Narrow(List<Region> candidates, string? marker)
    {
        var type = marker switch { KotaMarker => RegionType.Kota, KabMarker => (RegionType?)RegionType.Kabupaten, _ => null };
        if (type is null) return candidates.OrderBy(r => r.Type).ToList();
        var narrowed = candidates.Where(r => r.Type == type).ToList();
        // "Kota Garut": only a Kabupaten exists; people use "kota" loosely, so keep what exists.
        return narrowed.Count > 0 ? narrowed : candidates;
    }

    /// <summary>
    /// One mention per place. "warga Kota Bogor di sini, Bogor menyiapkan program unggulan mana saja?": a bare name that a kota and a
    /// kabupaten both bear, said after one of them was named with its type word, is that one, not a question of which —
    /// unless the message has another type word (<paramref name="oneTypeWord"/> false: "Kota Bogor … kalau Bogor kabupaten?").
    /// </summary>
    private static IReadOnlyList<RegionMention> Dedupe(List<RegionMention> mentions, bool oneTypeWord)
    {
        var distinct = mentions.GroupBy(m => string.Join('|', m.Candidates.Select(c => c.Code))).Select(g => g.First()).ToList();
        var kept = new List<RegionMention>();
        foreach (var mention in distinct)
        {
            var namedBefore = kept.Where(k => k.Candidates.Count == 1).Select(k => k.Candidates[0]);
            if (oneTypeWord && mention.Candidates.Count > 1 && namedBefore.Any(mention.Candidates.Contains)) continue;
            kept.Add(mention);
        }
        return kept;
    }

    private static string? MarkerBefore(List<string> tokens, int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - 2; k--)
        {
            if (IsMarker(tokens[k])) return tokens[k];
            if (tokens[k] != "administrasi") return null;
        }
        return null;
    }

    private static bool IsParenthesised(string text, string marker) =>
        ParenthesisedMarker().Matches(text).Any(m => (marker == KotaMarker) == m.Groups[1].Value.StartsWith("kot", StringComparison.OrdinalIgnoreCase));

    private static bool IsMarker(string token) => token.StartsWith('\u0001');

    /// <summary>Lower case, letters and digits only, single spaces; "kab." and the like become words.</summary>
    public static string Normalize(string text)
    {
        // A lone surrogate (any client can send one) would make Normalize throw: it becomes U+FFFD first.
        if (text.AsSpan().ContainsAnyInRange('\ud800', '\udfff')) text = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text));
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            builder.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }
        return Spaces().Replace(builder.ToString(), " ").Trim();
    }

    /// <summary>
    /// The words as the resolver reads them — type words as markers, other names as the names they stand for — and, for
    /// each, the words of the normalized text it was read from.
    /// </summary>
    private (List<string> Tokens, List<WordSpan> From) Tokenize(string text)
    {
        var normalized = Normalize(text);
        var words = new List<string>(normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var written = new List<WordSpan>(words.Count);
        for (var k = 0; k < words.Count; k++) written.Add(new WordSpan(k, 1));
        foreach (var (alias, aliasWords, replacement) in _multiWordProvinceAliases.Concat(_multiWordAliases))
            if (normalized.Contains(alias, StringComparison.Ordinal))
            {
                ReplaceWords(words, written, aliasWords, replacement);
                normalized = string.Join(' ', words);
            }
        var tokens = new List<string>(words.Count);
        var from = new List<WordSpan>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var count = tokens.Count;
            if (_names.KotaWords.Contains(word)) tokens.Add(KotaMarker);
            else if (_names.KabupatenWords.Contains(word)) tokens.Add(KabMarker);
            else if (_names.ProvinceWords.Contains(word)) tokens.Add(ProvMarker);
            // An alias may name the type it stands for ("buitenzorg" => "kota bogor"): that word is read as a marker.
            else if (_names.Aliases.TryGetValue(word, out var alias)) tokens.AddRange(alias.Split(' ').Select(TypeMarkerOr));
            // "jakarta" names the province, but not as the start of a region's name ("Jakarta Selatan").
            else if (_names.ProvinceAliases.TryGetValue(word, out var province) && !StartsRegionName(words, i)) tokens.AddRange(province.Split(' '));
            else tokens.Add(word);
            for (var k = count; k < tokens.Count; k++) from.Add(written[i]);
        }
        return (tokens, from);
    }

    private string TypeMarkerOr(string word) =>
        _names.KotaWords.Contains(word) ? KotaMarker : _names.KabupatenWords.Contains(word) ? KabMarker : word;

    private static (string Alias, string[] Words, string[] Replacement)[] MultiWord(IReadOnlyDictionary<string, string> aliases) =>
        aliases.Where(a => a.Key.Contains(' ')).Select(a => (a.Key, a.Key.Split(' '), a.Value.Split(' '))).ToArray();

    /// <summary>
    /// Each whole-word run of <paramref name="alias"/> replaced by <paramref name="replacement"/>, left to right, the
    /// replacement's words read from the run's words ("di yogyakarta" → "daerah istimewa yogyakarta").
    /// </summary>
    private static void ReplaceWords(List<string> words, List<WordSpan> written, string[] alias, string[] replacement)
    {
        for (var i = 0; i + alias.Length <= words.Count; i++)
        {
            if (!words.GetRange(i, alias.Length).SequenceEqual(alias, StringComparer.Ordinal)) continue;
            var span = Joined(written[i], written[i + alias.Length - 1]);
            words.RemoveRange(i, alias.Length);
            written.RemoveRange(i, alias.Length);
            words.InsertRange(i, replacement);
            written.InsertRange(i, Enumerable.Repeat(span, replacement.Length));
            i += replacement.Length - 1;
        }
    }

    private static WordSpan Joined(WordSpan first, WordSpan last) => new(first.Start, last.Start + last.Length - first.Start);

    // The words of the text that tokens at..at+length were read from.
    private static WordSpan SpanOf(List<WordSpan> from, int at, int length) => Joined(from[at], from[at + length - 1]);

    private bool StartsRegionName(List<string> words, int at) =>
        at + 1 < words.Count && _byCompact.ContainsKey(words[at] + words[at + 1]);

    private static string Compact(string normalized) => normalized.Replace(" ", "", StringComparison.Ordinal);

    /// <summary>Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions).</summary>
    /// <remarks>Three rolling rows on the stack: it runs against every region name per typo lookup, a hot path.</remarks>
    public static int Distance(string a, string b)
    {
        if (b.Length > 256) return DistanceRows(a, b, new int[b.Length + 1], new int[b.Length + 1], new int[b.Length + 1]);
        Span<int> rows = stackalloc int[3 * (b.Length + 1)];
        return DistanceRows(a, b, rows[..(b.Length + 1)], rows.Slice(b.Length + 1, b.Length + 1), rows[(2 * (b.Length + 1))..]);
    }

    private static int DistanceRows(string a, string b, Span<int> twoBack, Span<int> previous, Span<int> current)
    {
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var d = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d = Math.Min(d, twoBack[j - 2] + 1);
                current[j] = d;
            }
            var recycled = twoBack;
            twoBack = previous;
            previous = current;
            current = recycled;
        }
        return previous[b.Length];
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\p{L}[\p{L}\p{Nd}]*")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\(\s*(kota|kab\.?|kabupaten)\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex ParenthesisedMarker();
}
