namespace SmartCity.Bot.Knowledge;

/// <summary>One programme document as loaded from knowledge/: its front matter and its text, split into passages.</summary>
public sealed record KnowledgeDocument(
    string RelativePath,
    string Title,
    string Topic,
    IReadOnlyList<string> Sources,
    string? Updated,
    IReadOnlyList<Passage> Passages);

/// <summary>
/// The unit of retrieval: one heading's section. Keeps the document title, the heading path and the document's
/// sources so every answer can say where it came from.
/// </summary>
/// <param name="Headings">Heading path below the document title, outermost first (## then ###).</param>
public sealed record Passage(
    string Id,
    string DocumentPath,
    string DocumentTitle,
    string Topic,
    IReadOnlyList<string> Headings,
    string Body,
    IReadOnlyList<string> Sources)
{
    /// <summary>Other ways to ask what this section answers, listed by staff in the front matter (indexed in their own field).</summary>
    public IReadOnlyList<string> AlternateQuestions { get; init; } = [];

    /// <summary>The innermost heading, or the document title for text before the first heading.</summary>
    public string Heading => Headings.Count > 0 ? Headings[^1] : DocumentTitle;
}
