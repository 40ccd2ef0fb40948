using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Regions;

namespace SmartCity.Bot.Understanding;

/// <summary>
/// The region mentions, and the province, that the recognizer's region resolver finds in a text, for the answerer's
/// check that a place the question names is in the answer. Only the resolver runs: the rest of entity recognition
/// (introductions, checklist words, pillars) is not needed here, and this runs for every answer composed.
/// </summary>
public sealed class RecognizedPlaces(RegionResolver resolver) : IPlaceFinder
{
    public IReadOnlyList<IReadOnlyList<string>> Places(string text)
    {
        var regions = resolver.Resolve(text);
        var places = regions.Mentions.Select(m => (IReadOnlyList<string>)m.Candidates.Select(c => c.Name).ToList()).ToList();
        if (regions.Province is { } province) places.Add([province]);
        return places;
    }
}
