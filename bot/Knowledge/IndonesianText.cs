using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Id;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace SmartCity.Bot.Knowledge;

/// <summary>
/// Chatty Indonesian to the words the documents use: "gimana", "gak", "kpn", "yg", "udh", "taun" … become
/// "bagaimana", "tidak", "kapan", "yang", "sudah", "tahun"; particles that carry no meaning ("sih", "dong") go.
/// </summary>
public static partial class InformalIndonesian
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["gimana"] = "bagaimana", ["gmn"] = "bagaimana", ["bgmn"] = "bagaimana", ["gmana"] = "bagaimana",
        ["gak"] = "tidak", ["nggak"] = "tidak", ["ga"] = "tidak", ["ngga"] = "tidak", ["enggak"] = "tidak", ["engga"] = "tidak",
        ["gk"] = "tidak", ["ndak"] = "tidak", ["tdk"] = "tidak", ["kagak"] = "tidak",
        ["kpn"] = "kapan", ["aja"] = "saja", ["aj"] = "saja", ["yg"] = "yang", ["utk"] = "untuk", ["untk"] = "untuk",
        ["dgn"] = "dengan", ["dg"] = "dengan", ["sy"] = "saya", ["gue"] = "saya", ["gw"] = "saya", ["aku"] = "saya",
        ["brp"] = "berapa", ["brapa"] = "berapa", ["udh"] = "sudah", ["udah"] = "sudah", ["sdh"] = "sudah", ["dah"] = "sudah",
        ["blm"] = "belum", ["blum"] = "belum", ["prnh"] = "pernah", ["pernh"] = "pernah", ["taun"] = "tahun", ["thn"] = "tahun",
        ["ap"] = "apa", ["apaan"] = "apa", ["knp"] = "mengapa", ["kenapa"] = "mengapa", ["dmn"] = "di mana", ["tu"] = "itu",
        ["krn"] = "karena", ["karna"] = "karena", ["spt"] = "seperti", ["tsb"] = "tersebut", ["dr"] = "dari", ["pd"] = "pada",
        ["jg"] = "juga", ["klo"] = "kalau", ["kalo"] = "kalau", ["kl"] = "kalau", ["sm"] = "sama", ["ama"] = "sama",
        ["ngurus"] = "mengurus", ["ngurusin"] = "mengurus", ["ikutan"] = "ikut", ["gabung"] = "bergabung", ["hrs"] = "harus",
        ["org"] = "orang", ["lg"] = "lagi", ["sblm"] = "sebelum", ["stlh"] = "setelah", ["skrg"] = "sekarang", ["skrng"] = "sekarang",
        ["emang"] = "memang", ["emg"] = "memang", ["pengen"] = "ingin", ["pgn"] = "ingin", ["ttg"] = "tentang", ["dlm"] = "dalam",
        ["sbg"] = "sebagai", ["msh"] = "masih", ["tgl"] = "tanggal", ["bln"] = "bulan", ["info"] = "informasi", ["bikin"] = "membuat",
        ["pemkot"] = "pemerintah kota", ["pemkab"] = "pemerintah kabupaten", ["dapet"] = "mendapat", ["dpt"] = "dapat",
        ["menangin"] = "memenangkan", ["juaranya"] = "juara", ["pemenangnya"] = "pemenang",
        ["trs"] = "terus", ["trus"] = "terus", ["mn"] = "mana", ["pas"] = "saat", ["tau"] = "tahu", ["gmna"] = "bagaimana",
        ["bs"] = "bisa", ["dmna"] = "di mana", ["knapa"] = "mengapa", ["ngapain"] = "mengapa",
        // "teken" is also "to sign" (teken MoU); only its -in forms mean "tekankan" (to stress).
        ["tekenin"] = "tekankan", ["ditekenin"] = "ditekankan", ["nekenin"] = "menekankan", ["jelasin"] = "jelaskan",
        ["sebutin"] = "sebutkan", ["sp"] = "siapa", ["maksudny"] = "maksudnya", ["contohny"] = "contohnya", ["artiny"] = "artinya",
    };

    /// <summary>Jakarta/Javanese-style words that look like -in suffixed verbs but are standard words.</summary>
    private static readonly HashSet<string> NotSlangIn = new(StringComparer.OrdinalIgnoreCase)
    {
        "dingin", "dirin", "dilain", "ngomin", "ngilin",
    };

    /// <summary>Particles and fillers of chat that only add noise to a search.</summary>
    private static readonly HashSet<string> Fillers = new(StringComparer.OrdinalIgnoreCase)
    {
        "sih", "dong", "deh", "kok", "nih", "lho", "loh", "tuh", "kah", "yah", "ya", "nya", "biji", "gan", "sis", "min", "kak",
        "bang", "mas", "mbak", "wkwk", "wkwkwk", "hehe", "haha", "btw", "plis", "please", "tolong", "mohon",
        // Connectives that open a follow-up ("terus yang 2021?"): they say the message continues, not what it is about.
        "terus", "lantas",
    };

    public static string Normalize(string text) =>
        Word().Replace(text.ToLowerInvariant(), m =>
            Words.TryGetValue(m.Value, out var formal) ? Fillers.Contains(formal) ? " " : formal : Fillers.Contains(m.Value) ? " " : SlangSuffix(m.Value)).Trim();

    /// <summary>
    /// Jakarta/Javanese -in is the standard -kan: "dijelasin" → "dijelaskan", "dijalanin" → "dijalankan", and with
    /// the nasal prefix "ngejelasin" → "jelaskan" (the stemmer meets the root either way).
    /// Only for words with a verb prefix, so "ingin", "lain", "mungkin", "kemarin" stay as they are.
    /// </summary>
    public static string SlangSuffix(string word)
    {
        if (word.Length < 7 || !word.EndsWith("in", StringComparison.Ordinal) || NotSlangIn.Contains(word)) return word;
        var match = SlangVerb().Match(word);
        if (!match.Success) return word;
        var (prefix, root) = (match.Groups[1].Value, match.Groups[2].Value);
        if (root.EndsWith('a') || root.EndsWith('i') || root.EndsWith('u') || root.EndsWith('e') || root.EndsWith('o')) return word;
        return (prefix == "di" ? "di" : "") + root + "kan";
    }

    [GeneratedRegex(@"^(di|nge|ng)(\p{L}{3,})in$")]
    private static partial Regex SlangVerb();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}

/// <summary>
/// The programme's vocabulary: words staff and citizens use for the same thing. Every group is expanded in
/// both directions at query time (the index keeps the documents' own words, so statistics stay honest).
/// Phrases are matched on the normalized question before analysis, longest first.
/// </summary>
public static class DomainSynonyms
{
    public static readonly string[][] Groups =
    [
        ["smart city", "kota cerdas", "smartcity"],
        ["gmsc", "gerakan menuju smart city", "gerakan menuju 100 smart city"],
        ["masterplan", "rencana induk", "master plan"],
        ["syarat", "kriteria", "persyaratan"],
        ["tenggat", "batas waktu", "deadline", "tenggat waktu", "batas akhir"],
        ["quick win", "quickwin", "program unggulan", "program percepatan", "program pintas"],
        ["pilar", "dimensi"],
        ["kabupaten", "kab"],
        ["mou", "nota kesepakatan", "nota kesepahaman"],
        ["bimtek", "bimbingan teknis"],
        ["ppu", "penajam paser utara"],
        ["kominfo", "kemenkominfo", "kementerian komunikasi dan informatika"],
        ["komdigi", "kementerian komunikasi dan digital"],
        ["menkominfo", "menteri kominfo", "menteri komunikasi dan informatika"],
        ["mendagri", "menteri dalam negeri"],
        ["evaluasi", "penilaian"],
        // The stemmer turns "penilaian" into "tilai", so it never meets "dinilai"/"menilai" ("nilai") by stem.
        ["dinilai", "penilaian", "menilai", "nilai"],
        ["assessment", "asesmen"],
        ["penghargaan", "award", "awarding"],
        ["pemenang", "juara", "menang", "peraih", "meraih"],
        ["selaras", "diselaraskan", "menyelaraskan", "keselarasan", "sesuai", "disesuaikan", "menyesuaikan", "sejalan"],
        ["provinsi", "province"],
        ["perencanaan", "rencana"],
        ["jangka waktu", "durasi", "berjangka", "lamanya"],
        ["lokasi", "tempat", "bertempat"],
        ["pendaftaran", "mendaftar", "registrasi"],
        ["dibuka", "pembukaan"],
        ["tujuan", "sasaran"],
        ["pemda", "pemerintah daerah"],
        ["ikut", "bergabung", "berpartisipasi"],
        ["jogja", "yogyakarta", "yogya", "jogjakarta"],
        ["diy", "daerah istimewa yogyakarta"],
        ["jabar", "jawa barat"],
        ["jateng", "jawa tengah"],
        ["jatim", "jawa timur"],
        ["sulut", "sulawesi utara"],
        ["kaltim", "kalimantan timur"],
        ["tangsel", "tangerang selatan"],
        ["ikn", "ibu kota negara"],
        ["lipi", "lembaga ilmu pengetahuan indonesia"],
        ["ascn", "asean smart cities network"],
        ["ipm", "indeks pembangunan manusia"],
        ["rpjmd", "rencana pembangunan jangka menengah daerah"],
        ["apbd", "anggaran pendapatan dan belanja daerah"],
        ["aptika", "aplikasi informatika"],
        ["laip", "layanan aplikasi informatika pemerintahan"],
        ["governance", "tata kelola pemerintahan"],
        ["branding", "pemasaran"],
        ["economy", "ekonomi"],
        ["living", "hunian"],
        ["society", "sosial"],
        ["environment", "lingkungan"],
        ["tahapan", "tahap"],
        ["unsur", "elemen", "komponen", "sub-pilar"],
        ["punya", "memiliki", "mempunyai"],
        ["total", "jumlah", "sebanyak"],
        // Papar- forms, so a question's "dipaparkan" meets a passage's "memaparkan".
        ["dipaparkan", "memaparkan", "pemaparan", "paparan"],
        ["dilibatkan", "terlibat", "melibatkan", "diikuti"],
    ];

    /// <summary>Words that only point one way: asking about an "angkatan" means asking about its participants.</summary>
    public static readonly (string From, string To)[] OneWay =
    [
        ("angkatan", "peserta"),
        ("daftar", "peserta"),
        ("diluncurkan", "peluncuran"),
        ("dimulai", "peluncuran"),
        // A count written in words meets the same count in digits ("sepuluh daerah" → "10 kabupaten/kota"); not the other
        // way round, because the documents state counts in digits and their "sepuluh" is mostly incidental prose.
        ("dua", "2"), ("tiga", "3"), ("empat", "4"), ("lima", "5"), ("enam", "6"), ("tujuh", "7"), ("delapan", "8"),
        ("sembilan", "9"), ("sepuluh", "10"), ("sebelas", "11"), ("dua belas", "12"), ("dua puluh", "20"),
        ("dua puluh lima", "25"), ("lima puluh", "50"), ("seratus", "100"),
    ];

    private static readonly Dictionary<string, string[]> ByPhrase = BuildLookup();
    private static readonly int LongestPhrase = Groups.SelectMany(g => g).Max(p => p.Split(' ').Length);

    private static Dictionary<string, string[]> BuildLookup()
    {
        var lookup = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var group in Groups)
            foreach (var phrase in group)
                lookup[phrase] = lookup.TryGetValue(phrase, out var known) ? [.. known, .. group.Where(p => p != phrase)] : group.Where(p => p != phrase).ToArray();
        foreach (var (from, to) in OneWay)
            lookup[from] = lookup.TryGetValue(from, out var known) ? [.. known, to] : [to];
        return lookup;
    }

    /// <summary>
    /// Splits normalized words into segments, longest synonym phrase first: each segment is the user's words and
    /// the other ways of saying them (empty for a word with no synonyms).
    /// </summary>
    public static List<(string Words, IReadOnlyList<string> Alternatives)> Segment(IReadOnlyList<string> words)
    {
        var segments = new List<(string, IReadOnlyList<string>)>();
        for (var i = 0; i < words.Count;)
        {
            var matched = false;
            for (var length = Math.Min(LongestPhrase, words.Count - i); length >= 1 && !matched; length--)
            {
                var phrase = string.Join(' ', words.Skip(i).Take(length));
                if (!ByPhrase.TryGetValue(phrase, out var alternatives)) continue;
                segments.Add((phrase, alternatives));
                i += length;
                matched = true;
            }
            if (!matched) segments.Add((words[i++], []));
        }
        return segments;
    }
}

/// <summary>The analyzer of passages and questions alike: Indonesian stop words, each word both as written and stemmed.</summary>
public static class KnowledgeAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Bumped whenever analysis changes, so an index built by an older bot is not reused.</summary>
    public const string AnalysisVersion = "id-stem-keyword-1";

    public static Analyzer Documents() => Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, source);
        stream = new StopFilter(Version, stream, IndonesianAnalyzer.DefaultStopSet);
        // Each word is kept as written and stemmed: the stemmer clips place names ("Kediri" → "diri"), the word keeps them exact.
        stream = new KeywordRepeatFilter(stream);
        stream = new IndonesianStemFilter(stream);
        stream = new RemoveDuplicatesTokenFilter(stream);
        return new TokenStreamComponents(source, stream);
    });

    /// <summary>Analyzed terms with their position (a word and its stem share one).</summary>
    public static List<(string Term, int Position)> Terms(Analyzer analyzer, string text)
    {
        var terms = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream("q", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            terms.Add((term.ToString(), Math.Max(0, position)));
        }
        stream.End();
        return terms;
    }

    public static HashSet<string> TermSet(Analyzer analyzer, string text) =>
        Terms(analyzer, text).Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
}
