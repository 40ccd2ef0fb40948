using Xunit.Abstractions;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// The eighteenth new-document probe (Knowledge/unseen-documents-18, made by its make_fixtures.py with the writers shared
/// in fixture_documents.py; the Markdown page written by hand): documents a programme office drops into knowledge/ on
/// subjects the programme's own sections also cover (registration of the next cohort, the four bimtek stages, the
/// national forum and its award): a DOCX announcement of the 2026 cohort's registration in running paragraphs with no
/// heading (dates, "tahap 1 … 3" of the selection, requirements and contact buried in the text); a PDF decree of the
/// Director General (Menimbang, Mengingat, MEMUTUSKAN, diktum KESATU … KELIMA with the bimtek "Tahap I" … "Tahap IV",
/// a Lampiran of articles "Pasal 1" … "Pasal 4", each label in a column beside its text); a Markdown page with front
/// matter and alternate questions on the 2026 national forum and Smart City Award. 27 questions on the documents and
/// three the built-in documents must keep answering, written before the engine was changed; the dev questions must all
/// still be answered.
/// </summary>
public sealed class UnseenDocumentsProbe18Tests(ITestOutputHelper output) : NewDocumentProbe("unseen-documents-18", output)
{
    protected override int QuestionCount => 30;

    // First contact 16/30 (DOCX 6/9, PDF 0/9, Markdown 7/9, built-in 3/3): every labelled clause of the decree was a
    // table row, so the decree was one table; "tahap 3" did not meet "Tahap III". After the changes (a regulation's
    // labelled clauses are sections headed by their label and opening words; roman figures stand as their arabic
    // number in analysis) 21/30 (22 while any capitalised label counted as a clause's, which also split a
    // regulation's two-column table; the decree's "Menetapkan" line, with no colon, is now such a row). Left: the
    // announcement is still one passage, so its registration deadline, quota and MoU place lose to built-in deadline
    // and participant sections or are declined for the year; "tahap 1" also meets "Pasal 1"; "tahap terakhir" is not
    // read as Tahap IV; "fsc" is not known as the forum; the contact section's e-mail is not taken as a contact;
    // "ditetapkan tanggal berapa" is not led to the signature's date.
    protected override int Floor => 20;
}
