namespace SmartCity.Bot.Knowledge;

/// <summary>What the conversation already knows that a question may leave out: from the recognizer's entities and the conversation memory.</summary>
/// <param name="Year">A year the question (or the conversation) is about.</param>
/// <param name="RegionName">The region's display name, e.g. "Kabupaten Sleman".</param>
/// <param name="Pillar">A smart city pillar named in the question, e.g. "smart economy".</param>
/// <param name="YearPointedAt">The question pointed at the year ("tahun itu", "tahun kami"): it asks of that year as if named.</param>
/// <param name="CohortStageOfOwn">The question asks a stage every region of a cohort went through (bimtek, ToT, pendamping) of
/// the user's own ("bimtek kami kapan"): <paramref name="Year"/> is the user's cohort year, asked as if named.</param>
/// <param name="ReadAsOffTopic">The recognizer's top reading of the message is out of scope (knowledge/understanding/out-of-scope.lu),
/// however clear: a programme word in it ("harga", "daftar") does not make it a programme question.</param>
/// <param name="ReadWithTopic">The question is asked while the conversation is on a topic (it may be a follow-up, or rewritten by memory).</param>
public sealed record KnowledgeHints(int? Year = null, string? RegionName = null, string? Pillar = null, bool YearPointedAt = false, bool ReadAsOffTopic = false,
    bool ReadWithTopic = false, bool CohortStageOfOwn = false)
{
    public static readonly KnowledgeHints None = new();
}
