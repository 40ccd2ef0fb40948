using Xunit.Abstractions;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// The thirteenth new-document probe (Knowledge/unseen-documents-13, made by its make_fixtures.py with the writers shared
/// in fixture_documents.py), laid out unlike probes 1-12 with facts that overlap the programme's own (Jawa Tengah's
/// participants and quick wins, Aceh's and Bangka Belitung's participants, pillars): a spreadsheet recap saved as PDF
/// (a header of several printed rows with a group cell, right-aligned numbers, wrapped cells, a totals row, the header
/// repeated on page 2); a DOCX innovation profile form (numbered label and answer rows, checkbox content controls and
/// Wingdings tick boxes, bullets in a cell); a province's programme page on a card framework (counters animated from
/// data-target, quick-win cards with a badge and their own footer, an indicator table). 24 questions and three the
/// documents cannot answer, written before the engine was changed, asked through /api/messages; the dev questions
/// must all still be answered.
/// </summary>
public sealed class UnseenDocumentsProbe13Tests(ITestOutputHelper output) : NewDocumentProbe("unseen-documents-13", output)
{
    protected override int QuestionCount => 27;

    // First contact 12/27 (DOCX 6/8, PDF 1/8, HTML 3/8, declines 2/3): the form's first row was read as column names
    // and the whole form was one passage with every tick box; the spreadsheet's stacked header and right-aligned
    // numbers shifted every cell; a card's badge went to the card before it and its footer was dropped as the site's.
    // After the ingestion changes (form fields as sections, tick boxes as the option ticked, stacked spreadsheet
    // headers, cards and counters) and three lexicon words 22/27; left: a stage question declined (its field holds
    // only the ticked option), a date line under the sheet's title losing to the notes, "udah beneran jalan" routed
    // to collaboration status, the participants data answering a count the page gives, and a subscription fee
    // answered with the budget.
    protected override int Floor => 22;
}
