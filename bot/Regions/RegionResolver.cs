using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SmartCity.Bot.Regions;

/// <summary>A region name found in a message: the regions it may mean (two for "Bogor": Kota and Kabupaten).</summary>
/// <param name="Corrected">True when the name was read through a typo ("pematangsiantr").</param>
public sealed record RegionMention(string Typed, IReadOnlyList<Region> Candidates, bool Corrected = false);

/// <summary>A name after an explicit "kota"/"kabupaten" that matches nothing, with the closest real names.</summary>
public sealed record UnknownRegion(string Typed, IReadOnlyList<Region> Suggestions);

/// <summary>What a message says about places: kabupaten/kota mentions, a province, or an unknown name.</summary>
public sealed record RegionQuery(IReadOnlyList<RegionMention> Mentions, string? Province, UnknownRegion? Unknown, string Normalized)
{
    public bool IsEmpty => Mentions.Count == 0 && Province is null && Unknown is null;

    /// <summary>True when the message is nothing but place names (and markers): "garut", "Kabupaten Garut", "Jawa Barat".</summary>
    public bool IsOnlyNames { get; init; }
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

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["jogja"] = "yogyakarta", ["jogjakarta"] = "yogyakarta", ["yogya"] = "yogyakarta", ["djogja"] = "yogyakarta", ["yogyakarta"] = "yogyakarta",
        ["ppu"] = "penajam paser utara", ["humbahas"] = "humbang hasundutan", ["tangsel"] = "tangerang selatan",
        ["jaksel"] = "jakarta selatan", ["jakpus"] = "jakarta pusat", ["jakut"] = "jakarta utara", ["jakbar"] = "jakarta barat",
        ["jaktim"] = "jakarta timur", ["siantar"] = "pematangsiantar", ["solo"] = "surakarta", ["tobasa"] = "toba",
        ["makasar"] = "makassar", ["gunkid"] = "gunungkidul", ["kukar"] = "kutai kartanegara", ["kubar"] = "kutai barat",
        ["kutim"] = "kutai timur", ["mentawai"] = "kepulauan mentawai", ["pangkep"] = "pangkajene dan kepulauan",
        ["sidrap"] = "sidenreng rappang", ["tapteng"] = "tapanuli tengah", ["taput"] = "tapanuli utara",
    };

    private static readonly Dictionary<string, string> ProvinceAliases = new(StringComparer.Ordinal)
    {
        ["jabar"] = "jawa barat", ["jateng"] = "jawa tengah", ["jatim"] = "jawa timur", ["diy"] = "daerah istimewa yogyakarta",
        ["di yogyakarta"] = "daerah istimewa yogyakarta", ["dki"] = "daerah khusus ibukota jakarta", ["dki jakarta"] = "daerah khusus ibukota jakarta",
        ["kalbar"] = "kalimantan barat", ["kalteng"] = "kalimantan tengah", ["kalsel"] = "kalimantan selatan", ["kaltim"] = "kalimantan timur",
        ["kaltara"] = "kalimantan utara", ["sumut"] = "sumatera utara", ["sumbar"] = "sumatera barat", ["sumsel"] = "sumatera selatan",
        ["sulsel"] = "sulawesi selatan", ["sulut"] = "sulawesi utara", ["sulteng"] = "sulawesi tengah", ["sultra"] = "sulawesi tenggara",
        ["sulbar"] = "sulawesi barat", ["ntt"] = "nusa tenggara timur", ["ntb"] = "nusa tenggara barat", ["babel"] = "kepulauan bangka belitung",
        ["kepri"] = "kepulauan riau", ["malut"] = "maluku utara", ["sumatra utara"] = "sumatera utara", ["sumatra barat"] = "sumatera barat",
        ["sumatra selatan"] = "sumatera selatan",
    };

    private static readonly HashSet<string> KotaWords = new(StringComparer.Ordinal) { "kota", "kotamadya", "kodya", "pemkot", "kotanya" };
    private static readonly HashSet<string> KabWords = new(StringComparer.Ordinal) { "kab", "kabupaten", "kabupatan", "kabupeten", "kbupaten", "kabupaen", "pemkab", "kabupatennya" };
    private static readonly HashSet<string> ProvWords = new(StringComparer.Ordinal) { "provinsi", "prov", "propinsi", "pemprov" };

    // A name right after these is a landmark, not the region ("Danau Toba", "Pulau Morotai").
    private static readonly HashSet<string> LandmarkWords = new(StringComparer.Ordinal)
        { "danau", "gunung", "pulau", "sungai", "teluk", "selat", "kawasan", "destinasi", "bandara", "pelabuhan", "jalan", "jl", "hotel", "universitas", "taman", "candi", "pantai" };

    // Words never read as (misspelt) place names.
    private static readonly HashSet<string> CommonWords = new(StringComparer.Ordinal)
    {
        "apa", "apakah", "yang", "dan", "atau", "di", "ke", "dari", "pada", "untuk", "dengan", "ini", "itu", "saya", "kami", "kita", "anda", "kamu",
        "aku", "gue", "mana", "saja", "sudah", "udah", "udh", "sdh", "belum", "blm", "pernah", "prnh", "ikut", "ikutan", "mengikuti", "peserta",
        "angkatan", "tahun", "taun", "thn", "berapa", "brp", "kapan", "masuk", "daftar", "terdaftar", "bergabung", "gabung", "terpilih", "termasuk",
        "program", "smart", "city", "gerakan", "menuju", "gmsc", "cerdas", "daerah", "status", "cek", "tidak", "bukan", "ya", "iya", "benar",
        "betul", "benarkah", "lagi", "juga", "tahap", "pertama", "kedua", "ketiga", "salah", "satu", "kabupaten", "kota", "provinsi", "tolong",
        "dong", "sih", "kah", "nya", "gak", "nggak", "tdk", "ga", "bisa", "boleh", "mau", "ingin", "tau", "tahu", "info", "informasi", "lihat",
        "tercatat", "didampingi", "menyusun", "masterplan", "sebagai", "selatan", "utara", "barat", "timur", "tengah", "tenggara", "besar",
        "kepulauan", "administrasi", "raya", "baru", "lama", "halo", "hai", "bantuan", "menu", "batal", "ulang", "sudah", "belum", "lewati",
        "terima", "kasih", "makasih", "oke", "ok", "baik", "pengingat", "ingatkan", "berhenti", "tenggat", "deadline", "langkah", "berikutnya",
        "selanjutnya", "partisipasi", "berpartisipasi", "tergabung", "dipilih", "pendampingan", "ikutkah", "sekarang", "tempat", "tinggal",
        "berbeda", "lain", "lainnya", "media", "kecil", "pintar", "maju", "modern", "tersebut", "tertentu", "sekitar", "penyangga", "prioritas",
        "wisata", "pariwisata", "destinasi", "percontohan", "pilot", "terbaik", "pemenang", "mandiri", "digital", "layak", "ramah", "hijau",
        "berkelanjutan", "kabupatennya", "kotanya", "madya", "otonom", "induk", "pemekaran", "asal", "kelahiran", "sendiri",
    };

    private readonly RegionRegistry _registry;
    private readonly Dictionary<string, List<Region>> _byCompact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _provinceByCompact = new(StringComparer.Ordinal);
    private readonly int _maxTokens;

    public RegionResolver(RegionRegistry registry)
    {
        _registry = registry;
        foreach (var region in registry.Regions)
        {
            var key = Compact(Normalize(region.BaseName));
            if (!_byCompact.TryGetValue(key, out var list)) _byCompact[key] = list = [];
            list.Add(region);
        }
        foreach (var province in registry.Provinces) _provinceByCompact[Compact(Normalize(province))] = province;
        foreach (var (alias, province) in ProvinceAliases)
            if (_provinceByCompact.TryGetValue(Compact(province), out var name)) _provinceByCompact[Compact(alias)] = name;
        _maxTokens = registry.Regions.Max(r => Normalize(r.BaseName).Split(' ').Length) + 1;
    }

    public Region? RegionByCode(string code) => _registry.ByCode.GetValueOrDefault(code);

    public RegionQuery Resolve(string text)
    {
        var normalized = Normalize(text);
        var tokens = Tokenize(text);
        var mentions = new List<RegionMention>();
        string? province = null;
        UnknownRegion? unknown = null;
        var used = new bool[tokens.Count];

        for (var i = 0; i < tokens.Count; i++)
        {
            if (IsMarker(tokens[i])) continue;
            for (var length = Math.Min(_maxTokens, tokens.Count - i); length >= 1; length--)
            {
                var span = tokens.Skip(i).Take(length).ToList();
                if (span.Any(IsMarker) && length > 1 && !span.All(t => !IsMarker(t) || t == KotaMarker)) continue;
                var compact = string.Concat(span.Select(t => t == KotaMarker ? "kota" : t));
                var before = MarkerBefore(tokens, i);
                var regionHit = _byCompact.GetValueOrDefault(compact);
                var provinceHit = _provinceByCompact.GetValueOrDefault(compact);
                if (regionHit is null && provinceHit is null) continue;
                if (i > 0 && LandmarkWords.Contains(tokens[i - 1])) break;
                if (provinceHit is not null && (regionHit is null || before == ProvMarker))
                {
                    province ??= provinceHit;
                }
                else if (regionHit is not null)
                {
                    var after = i + length < tokens.Count && tokens[i + length] is KotaMarker or KabMarker && IsParenthesised(text, tokens[i + length]) ? tokens[i + length] : null;
                    mentions.Add(new RegionMention(string.Join(' ', span.Select(t => t.TrimStart('\u0001'))), Narrow(regionHit, before ?? after)));
                }
                for (var k = i; k < i + length; k++) used[k] = true;
                i += length - 1;
                break;
            }
        }

        if (mentions.Count == 0 && province is null)
        {
            var (fuzzy, failed) = FindByTypo(tokens);
            if (fuzzy is not null) mentions.Add(fuzzy);
            else unknown = failed;
        }

        var onlyNames = tokens.Count > 0 && (mentions.Count > 0 || province is not null) &&
            tokens.Select((t, k) => (t, k)).All(x => used[x.k] || IsMarker(x.t) || x.t is "dan" or "atau") || (mentions.Count == 1 && mentions[0].Corrected && tokens.Count(t => !IsMarker(t)) <= 3);
        return new RegionQuery(Dedupe(mentions), province, unknown, normalized) { IsOnlyNames = onlyNames };
    }

    /// <summary>The closest real names to what was typed (for "did you mean" choices).</summary>
    public IReadOnlyList<Region> Closest(string typed, RegionType? type, int count = 3)
    {
        var compact = Compact(Normalize(typed));
        return _registry.Regions.Where(r => type is null || r.Type == type)
            .Select(r => (Region: r, Distance: Distance(compact, Compact(Normalize(r.BaseName)))))
            .OrderBy(x => x.Distance).ThenBy(x => x.Region.Name, StringComparer.Ordinal).Take(count).Select(x => x.Region).ToList();
    }

    private (RegionMention? Found, UnknownRegion? Unknown) FindByTypo(List<string> tokens)
    {
        (RegionMention Mention, int Distance, int Length)? best = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (IsMarker(tokens[i]) || CommonWords.Contains(tokens[i])) continue;
            for (var length = 1; length <= 3 && i + length <= tokens.Count; length++)
            {
                var span = tokens.Skip(i).Take(length).ToList();
                if (span.Any(t => IsMarker(t) || (CommonWords.Contains(t) && t is not ("selatan" or "utara" or "barat" or "timur" or "tengah" or "raya" or "besar" or "kepulauan" or "baru")))) break;
                var compact = string.Concat(span);
                if (compact.Length < 5 || compact.Any(char.IsDigit)) continue;
                var allowed = compact.Length >= 9 ? 2 : 1;
                // The distance is at least the length difference: names too long or short are skipped before computing it.
                var candidates = _byCompact.Where(kv => kv.Key[0] == compact[0] && Math.Abs(kv.Key.Length - compact.Length) <= allowed)
                    .Select(kv => (kv.Value, Distance: Distance(compact, kv.Key))).Where(x => x.Distance <= allowed).OrderBy(x => x.Distance).ToList();
                if (candidates.Count == 0) continue;
                var top = candidates.Where(c => c.Distance == candidates[0].Distance).ToList();
                if (top.Count != 1) continue;
                var mention = new RegionMention(string.Join(' ', span), Narrow(top[0].Value, MarkerBefore(tokens, i)), Corrected: true);
                if (best is null || top[0].Distance < best.Value.Distance || (top[0].Distance == best.Value.Distance && length > best.Value.Length))
                    best = (mention, top[0].Distance, length);
            }
        }
        if (best is not null) return (best.Value.Mention, null);

        // An explicit marker followed by a name we do not know: offer the closest real names.
        for (var i = 0; i < tokens.Count - 1; i++)
        {
            if (tokens[i] is not (KotaMarker or KabMarker) || IsGenericMarker(tokens, i)) continue;
            var words = tokens.Skip(i + 1).TakeWhile(t => !IsMarker(t) && !CommonWords.Contains(t) && !t.Any(char.IsDigit)).Take(2).ToList();
            if (words.Count == 0 || string.Concat(words).Length < 3) continue;
            var typed = string.Join(' ', words);
            var type = tokens[i] == KotaMarker ? RegionType.Kota : RegionType.Kabupaten;
            return (null, new UnknownRegion($"{(type == RegionType.Kota ? "Kota" : "Kabupaten")} {CultureInfo.InvariantCulture.TextInfo.ToTitleCase(typed)}", Closest(typed, type)));
        }
        return (null, null);
    }

    /// <summary>"kabupaten/kota", "kota dan kabupaten", "selain kota": the words used generically, not naming one region.</summary>
    private static bool IsGenericMarker(List<string> tokens, int i)
    {
        bool MarkerAt(int k) => k >= 0 && k < tokens.Count && IsMarker(tokens[k]);
        bool Joiner(int k) => k >= 0 && k < tokens.Count && tokens[k] is "dan" or "atau" or "dengan" or "maupun" or "serta";
        if (MarkerAt(i - 1) || MarkerAt(i + 1) || (Joiner(i - 1) && MarkerAt(i - 2)) || (Joiner(i + 1) && MarkerAt(i + 2))) return true;
        return i > 0 && GenericLeaders.Contains(tokens[i - 1]);
    }

    private static readonly HashSet<string> GenericLeaders = new(StringComparer.Ordinal)
        { "selain", "berapa", "brp", "jumlah", "banyak", "semua", "seluruh", "para", "setiap", "tiap", "sebuah", "satu", "beberapa", "antar", "sejumlah", "50", "25", "100", "10" };

    private static IReadOnlyList<Region> Narrow(List<Region> candidates, string? marker)
    {
        var type = marker switch { KotaMarker => RegionType.Kota, KabMarker => (RegionType?)RegionType.Kabupaten, _ => null };
        if (type is null) return candidates.OrderBy(r => r.Type).ToList();
        var narrowed = candidates.Where(r => r.Type == type).ToList();
        // "Kota Garut": only a Kabupaten exists; people use "kota" loosely, so keep what exists.
        return narrowed.Count > 0 ? narrowed : candidates;
    }

    private static IReadOnlyList<RegionMention> Dedupe(List<RegionMention> mentions) =>
        mentions.GroupBy(m => string.Join('|', m.Candidates.Select(c => c.Code))).Select(g => g.First()).ToList();

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
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            builder.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }
        return Spaces().Replace(builder.ToString(), " ").Trim();
    }

    private List<string> Tokenize(string text)
    {
        var normalized = Normalize(text);
        foreach (var (alias, replacement) in ProvinceAliases.Where(a => a.Key.Contains(' ')))
            normalized = Regex.Replace(normalized, $@"\b{alias}\b", replacement);
        var tokens = new List<string>();
        foreach (var word in normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (KotaWords.Contains(word)) tokens.Add(KotaMarker);
            else if (KabWords.Contains(word)) tokens.Add(KabMarker);
            else if (ProvWords.Contains(word)) tokens.Add(ProvMarker);
            else if (Aliases.TryGetValue(word, out var alias)) tokens.AddRange(alias.Split(' '));
            else if (ProvinceAliases.TryGetValue(word, out var province)) tokens.AddRange(province.Split(' '));
            else tokens.Add(word);
        }
        return tokens;
    }

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

    [GeneratedRegex(@"\(\s*(kota|kab\.?|kabupaten)\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex ParenthesisedMarker();
}
