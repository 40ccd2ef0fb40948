using Xunit.Abstractions;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// The sixteenth new-document probe (Knowledge/unseen-documents-16, made by its make_fixtures.py with the writers shared
/// in fixture_documents.py): documents a programme office drops into knowledge/ as they come, on subjects the programme's
/// own sections also cover (Banyumas's quick wins, the national Smart City Forum 2025 in Yogyakarta, DIY's awards): a
/// slide deck exported from PowerPoint (placeholder title, agenda slide, a "(lanjutan)" slide, an indicator table, a
/// footer with the office, event and slide number on every slide); a DOCX notulen of the DIY smart city forum (header
/// and footer parts, particulars as label lines, numbered decisions, an action-item table No | Tindak Lanjut |
/// Penanggung Jawab | Tenggat); a news page saved from a city portal (cookie banner, accessibility bar, ticker,
/// breadcrumbs, "Baca juga" links inside the article, sidebar, related news, footer). 27 questions on the documents and
/// three the built-in documents must keep answering, written before the engine was changed, asked through
/// /api/messages; the dev questions must all still be answered.
/// </summary>
public sealed class UnseenDocumentsProbe16Tests(ITestOutputHelper output) : NewDocumentProbe("unseen-documents-16", output)
{
    protected override int QuestionCount => 30;

    // First contact 16/30 (PDF 5/9, DOCX 5/9, HTML 4/9, built-in 2/3): the deck's metadata title "PowerPoint
    // Presentation" named it, so no slide's answer carried Banyumas ("tidak memuat keterangan itu untuk Kabupaten
    // Banyumas"). After the changes (a title naming its program is a placeholder, the cover slide names the deck; a
    // row-counting column dropped; the page's machine date written out) 17/30. Left: the programme's 2019 Banyumas
    // section kept ahead of the deck's PSC 119 slide for "berapa ambulans"; "tiap hari … brp ton" read as a reminder
    // request; the notulen's decisions and action rows lose to the programme's forum sections on "forum smart city
    // nasional" (gladi bersih, bus, stan); the page's article, one long headless section, answers with sentences that
    // miss the asked figure (3.400 orang, 16 lokasi); "borong penghargaan" (2025) not confidently answered.
    protected override int Floor => 16;
}
