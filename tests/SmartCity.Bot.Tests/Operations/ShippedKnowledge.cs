using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Operations;

/// <summary>A question taken from the shipped documents themselves (a section heading), so no question is written into a test.</summary>
public static class ShippedKnowledge
{
    public static string AHeading(string? folder = null)
    {
        var document = Directory.EnumerateFiles(folder ?? RepoPaths.Knowledge, "*.md").OrderBy(f => f, StringComparer.Ordinal)
            .First(f => File.ReadLines(f).Any(l => l.StartsWith("## ", StringComparison.Ordinal)));
        return File.ReadLines(document).First(l => l.StartsWith("## ", StringComparison.Ordinal))[3..].Trim();
    }

    /// <summary>True when the replies are a sourced answer (not "belum yakin", not out of scope).</summary>
    public static bool IsSourcedAnswer(string replies) =>
        replies.Contains("Sumber", StringComparison.Ordinal) && !replies.Contains("belum yakin", StringComparison.Ordinal);
}
