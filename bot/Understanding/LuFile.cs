namespace SmartCity.Bot.Understanding;

/// <summary>One example utterance of an intent, as staff wrote it in a .lu file.</summary>
public sealed record IntentExample(string Intent, string Text, string File);

/// <summary>
/// Reads the Bot Framework .lu format: "# IntentName" starts an intent, "- utterance" lines are its examples,
/// "&gt; comment" lines are ignored, and entity markup "{name=value}" keeps just the value.
/// </summary>
public static class LuFile
{
    /// <summary>Every example of every *.lu file directly in <paramref name="folder"/> (sub-folders are not training data).</summary>
    public static IReadOnlyList<IntentExample> LoadFolder(string folder) =>
        System.IO.Directory.Exists(folder)
            ? System.IO.Directory.GetFiles(folder, "*.lu").Order(StringComparer.Ordinal).SelectMany(Load).ToList()
            : [];

    public static IEnumerable<IntentExample> Load(string path)
    {
        string? intent = null;
        var name = Path.GetFileName(path);
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.StartsWith("# ", StringComparison.Ordinal)) intent = line[2..].Trim();
            else if (line.StartsWith("- ", StringComparison.Ordinal) && intent is { Length: > 0 } && Unmark(line[2..]) is { Length: > 0 } text)
                yield return new IntentExample(intent, text, name);
        }
    }

    /// <summary>"{region=Kota Bogor}" → "Kota Bogor".</summary>
    private static string Unmark(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '{' && text.IndexOf('}', i) is var close and > 0 && text.IndexOf('=', i, close - i) is var eq and > 0)
            {
                builder.Append(text, eq + 1, close - eq - 1);
                i = close;
            }
            else builder.Append(text[i]);
        }
        return builder.ToString().Trim();
    }
}
