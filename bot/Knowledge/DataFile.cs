using System.Text.Json;

namespace SmartCity.Bot.Knowledge;

/// <summary>A fitted settings file in a knowledge folder's data/ (confidence.json, ranking.json): read with a fallback, written indented.</summary>
public static class DataFile
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static string PathIn(string knowledgeFolder, string fileName) => Path.Combine(knowledgeFolder, "data", fileName);

    /// <summary>The file's settings, or <paramref name="fallback"/> when there is no file or it is unreadable.</summary>
    public static T Read<T>(string knowledgeFolder, string fileName, T fallback) where T : class
    {
        var path = PathIn(knowledgeFolder, fileName);
        if (!File.Exists(path)) return fallback;
        try { return JsonSerializer.Deserialize<T>(File.ReadAllText(path)) ?? fallback; }
        catch (JsonException) { return fallback; }
    }

    public static void Write<T>(string knowledgeFolder, string fileName, T value) =>
        File.WriteAllText(PathIn(knowledgeFolder, fileName), JsonSerializer.Serialize(value, Json) + "\n");
}
