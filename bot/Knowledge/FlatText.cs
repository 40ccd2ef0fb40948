namespace SmartCity.Bot.Knowledge;

/// <summary>
/// Text as the loaders quote it: on one line, every run of white space (line breaks, tabs, non-breaking spaces) as one
/// space. A cell, heading or element of a staff document is laid out for the eye; its words are what is kept.
/// </summary>
internal static class FlatText
{
    public static string Flat(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
