using SmartCity.Bot.Knowledge;

namespace SmartCity.Bot.Understanding;

/// <summary>
/// The recognizer's region mentions, and the province it names, for the answerer's check that a place the question
/// names is in the answer.
/// </summary>
public sealed class RecognizedPlaces(EntityRecognizer recognizer) : IPlaceFinder
{
    public IReadOnlyList<IReadOnlyList<string>> Places(string text)
    {
        var regions = recognizer.Recognize(text).Entities.Regions;
        var places = regions.Mentions.Select(m => (IReadOnlyList<string>)m.Candidates.Select(c => c.Name).ToList()).ToList();
        if (regions.Province is { } province) places.Add([province]);
        return places;
    }
}
