using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Conversation;

/// <summary>
/// A company's team saying who they are and nothing else — a speaker word, a word of the business world
/// (lexicon pelaku-usaha.txt), no place, no year, no question, no wish — is no officer: the status check would ask
/// for a region they do not run. They are greeted with what the bot does for businesses instead (issue 8).
/// </summary>
public static class BusinessOpening
{
    // An introduction is a clause, not a paragraph: longer messages carry a request the dialogs read.
    private const int MaxWords = 10;

    private static readonly char[] Separators = [' ', ',', '.', '!', ';', ':', '-', '(', ')', '"'];

    /// <summary>The words of the business world, the speaker words (Indonesian and English) and what opens or asks.</summary>
    private sealed record Words(HashSet<string> Business, HashSet<string> Speakers, string[] Greetings, string[] Asks);

    private static readonly PerLexicon<Words> WordsOf = new(lexicon => new(
        Set(lexicon, "pelaku-usaha"),
        Set(lexicon, "penanya", "penanya-inggris"),
        [.. Phrases(lexicon, "basa-basi", "pengisi").OrderByDescending(p => p.Length)],
        Phrases(lexicon, "kata-tanya", "keinginan", "pembuka-tanya", "pembuka-permintaan")));

    public const string WelcomeText =
        "Halo, selamat datang! Untuk perusahaan, tim CSR, startup, dan investor, saya bisa membantu:\n" +
        "- melihat **etalase inovasi** smart city suatu kabupaten/kota (misalnya \"inovasi Kota Bogor\"),\n" +
        "- mengajukan **permintaan kolaborasi** kepada pemerintah daerah dan memantau statusnya,\n" +
        "- menjelaskan *Gerakan Menuju Smart City* dan peran swasta serta investor di dalamnya.\n\n" +
        "Silakan pilih salah satu di bawah atau ketik pertanyaan Anda.";

    public static readonly string[] Topics =
    [
        "Lihat inovasi daerah",
        "Ajukan kolaborasi dengan pemerintah daerah",
        "Apa itu GMSC?",
    ];

    /// <summary>The message only introduces a business speaker: no place, year or cohort named, nothing asked or wished.</summary>
    public static bool Is(string text, Entities entities)
    {
        if (text.Contains('?') || !entities.Regions.IsEmpty || entities.Regions.Province is not null || entities.Year is not null
            || entities.Cohort is not null || entities.Pillar is not null) return false;
        var words = WordsOf.Current;
        var tokens = AfterGreeting(InformalIndonesian.Normalize(text).Split(Separators, StringSplitOptions.RemoveEmptyEntries), words.Greetings);
        return tokens.Length is > 1 and <= MaxWords && words.Speakers.Contains(tokens[0])
            && tokens.Any(words.Business.Contains) && !Says($" {string.Join(' ', tokens)} ", words.Asks);
    }

    // "Selamat pagi, halo, kami …": the greeting phrases opening the message, dropped.
    private static string[] AfterGreeting(string[] tokens, string[] greetings)
    {
        var rest = tokens;
        while (rest.Length > 0 && greetings.FirstOrDefault(g => Opens(rest, g.Split(' '))) is { } greeting)
            rest = rest[greeting.Split(' ').Length..];
        return rest;
    }

    private static bool Opens(string[] tokens, string[] phrase) =>
        phrase.Length <= tokens.Length && phrase.Select((w, i) => tokens[i] == w).All(same => same);

    // A phrase of a list ("dari mana") is said when all its words stand together in the message.
    private static bool Says(string padded, string[] phrases) => phrases.Any(p => padded.Contains($" {p} ", StringComparison.Ordinal));

    private static string[] Phrases(Lexicon lexicon, params string[] lists) =>
        [.. lists.SelectMany(name => lexicon.Lists.TryGetValue(name, out var list) ? list : []).Select(p => p.ToLowerInvariant())];

    private static HashSet<string> Set(Lexicon lexicon, params string[] lists) =>
        new(lists.SelectMany(name => lexicon.Lists.TryGetValue(name, out var list) ? list : []).SelectMany(p => p.Split(' ')), StringComparer.OrdinalIgnoreCase);
}
