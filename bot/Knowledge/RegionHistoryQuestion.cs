using SmartCity.Bot.Conversation;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Knowledge;

/// <summary>
/// A date or next step asked about a region that the documents write of by name, in words a passage covers whole (the
/// day a named region's masterplan foreword was signed, a named region's bimtek stage): history the documents tell, not
/// a deadline of the current cycle, whichever of the two the words lean to. A question the calendar's words carry
/// ("batas waktu", "tenggat") leaves words the passage lacks, so it stays the calendar's.
/// </summary>
public sealed class RegionHistoryQuestion(QuestionAnswerer answerer) : IDocumentsQuestion
{
    // Intents whose dialogs read any date question about a region as the current cycle's.
    private static readonly HashSet<string> ReadsCycle = new([IntentNames.Deadline, IntentNames.NextStep], StringComparer.Ordinal);

    // Only a passage that answers all the question asks, surely: the calendar is the right reply to anything less.
    private const double Whole = 0.9;

    public bool Claims(Recognition recognition, bool anyIntent)
    {
        // A name shared by a kabupaten and a kota ("cirebon") counts when the passage names either.
        var named = recognition.Entities.Regions.Mentions.SelectMany(m => m.Candidates).Select(r => r.Name).ToList();
        if (!ReadsCycle.Contains(recognition.TopIntent) || named.Count == 0) return false;
        var answer = answerer.Answer(recognition.Text);
        return answer is { Kind: AnswerKind.Answered, Score: >= Whole, Best: { Confidence: >= Whole } best }
            && named.Any(name => best.Passage.Body.Contains(name, StringComparison.OrdinalIgnoreCase));
    }
}
