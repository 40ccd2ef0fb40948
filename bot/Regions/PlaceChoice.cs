namespace SmartCity.Bot.Regions;

/// <summary>
/// A short reply to "Kota X atau Kabupaten X?" that names the type (a region-markers.txt word) or the province instead of the whole name: the one offered place it narrows to. The type words are those of
/// region-markers.txt, so staff add new ones there.
/// </summary>
public static class PlaceChoice
{
    // A reply longer than this is a new question (a list question that starts with a type word), not a choice.
    private const int MaxReplyWords = 5;

    /// <summary>The one offered place the reply narrows to, or null (nothing narrowed, several left, or not a short reply).</summary>
    public static Region? Narrow(IReadOnlyCollection<Region> offered, RegionQuery reply, RegionNameWords names)
    {
        if (offered.Count < 2 || reply.Mentions.Count > 0) return null;
        var words = reply.Normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > MaxReplyWords) return null;
        var types = words.Select(names.TypeNamedBy).OfType<RegionType>().Distinct().ToList();
        if (types.Count > 1 || types.Count == 0 && reply.Province is null) return null;
        var left = offered.Where(r => (types is not [var type] || r.Type == type) && (reply.Province is not { } province || r.Province == province)).ToList();
        return left is [var only] ? only : null;
    }
}
