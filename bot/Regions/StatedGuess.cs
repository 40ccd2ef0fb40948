using SmartCity.Bot.Knowledge;

namespace SmartCity.Bot.Regions;

/// <summary>
/// A question that states the asker's guess and asks to have it confirmed ("daerah kami masuk 2022, ya kan?", "…, betul?"): a
/// wrong guess is answered "Bukan, …" with the right fact first, where a plain yes/no question ("ikut 2024 ga?") keeps
/// "Tidak, …". The closing words are knowledge/lexicon/penutup-dugaan.txt.
/// </summary>
public static class StatedGuess
{
    private static readonly CuePattern Tag = new(@"(?:^|[\s,])(?:{:penutup-dugaan})[\s?!.]*$");

    public static bool In(string text) => Tag.IsMatch(text.Trim().ToLowerInvariant());
}
