using Xunit.Abstractions;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// Staff drop three new documents (a DOCX with heading styles, a bulleted list and a table; a two-page PDF with
/// several bold, larger headings per page; an HTML page with h1–h3 and a meta description) into a copy of knowledge/
/// with no code change. The 18 questions about them (Knowledge/unseen-documents/questions.jsonl, written before the
/// engine was changed) are asked through /api/messages, and the dev questions must all still be answered.
/// </summary>
public sealed class UnseenDocumentsProbeTests(ITestOutputHelper output) : NewDocumentProbe("unseen-documents", output)
{
    protected override int QuestionCount => 18;

    // Measured 16/18 through the bot (14/18 before the deadline flow yielded to confident document answers;
    // first contact before any change: 7/18). Still failing: "syarat" for the mentor's qualification (a word the
    // document does not use), and the PDF's audit section losing to the first section whose heading repeats the
    // title's words. The goal is 17/18.
    protected override int Floor => 16;
}
