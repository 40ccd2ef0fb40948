using SmartCity.Bot.Knowledge;

namespace SmartCity.Bot.Understanding;

/// <summary>The recognizer's region mentions, for the answerer's check that a place the question names is in the answer.</summary>
public sealed class RecognizedPlaces(EntityRecognizer recognizer) : IPlaceFinder
{
    public IReadOnlyList<IReadOnlyList<string>> Places(string text) =>
        recognizer.Recognize(text).Entities.Regions.Mentions
            .Select(m => (IReadOnlyList<string>)m.Candidates.Select(c => c.Name).ToList()).ToList();
}
