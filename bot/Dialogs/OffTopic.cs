using SmartCity.Bot.Conversation;
using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Regions;

namespace SmartCity.Bot.Dialogs;

/// <summary>
/// A message about something else entirely (weather, trains, football …) is never taken by a flow on a loose
/// reading: it goes to the knowledge dialog, which declines it politely. Off topic means the recognizer (learned from
/// knowledge/understanding/) ranks it out of scope, or a sentence names no region, no year and nothing the documents'
/// titles and headings name — the same document-derived scope the answerer uses, so a new document widens it.
/// </summary>
public sealed class OffTopic(QuestionAnswerer answerer, KnowledgeBase knowledge)
{
    public const string Intent = "OutOfScope";

    /// <summary>Short messages ("kalau 2019?", "iya") are left to the dialog: they lean on the conversation.</summary>
    private const int ShortMessageWords = 3;

    public bool Is(DialogContext dialog)
    {
        if (dialog.Recognition.TopIntent == Intent) return true;
        var entities = dialog.Recognition.Entities;
        if (entities.Regions.Mentions.Count > 0 || entities.Year is not null || entities.Cohort is not null || entities.Pillar is not null) return false;
        // "wilayah kami", "angkatan kami", "tahun tersebut": it leans on the conversation, which is about the programme.
        if (entities.OwnRegion || entities.OwnCohort || entities.SameYear) return false;
        if (dialog.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= ShortMessageWords) return false;
        return !ScopeGuard.NamesDocumentSubject(answerer.Analyze(dialog.Text), knowledge.Index);
    }

    /// <summary>A sentence that names what the documents are about is a question, whatever the classifier leaned to.</summary>
    public bool AsksAboutProgramme(DialogContext dialog) =>
        dialog.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > ShortMessageWords
        && ScopeGuard.NamesDocumentSubject(answerer.Analyze(dialog.Text), knowledge.Index);

    /// <summary>
    /// A flow that needs a region, given a message naming none, which the documents answer with confidence
    /// ("kapan pendaftaran kompetisi inovasi ditutup?" once staff added that competition's page): the answer, not a
    /// request for a region, is what was asked for — so a new document is reachable with no change to the intents.
    /// </summary>
    public bool DocumentsAnswerWithoutRegion(DialogContext dialog) =>
        dialog.Recognition.Entities.Regions.Mentions.Count == 0 && !dialog.Recognition.Entities.OwnRegion
        && dialog.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > ShortMessageWords
        && answerer.Answer(dialog.Text).Kind == AnswerKind.Answered;

    /// <summary>Thanks only when the words are thanks (knowledge/lexicon), not whatever the classifier leaned to.</summary>
    public static bool IsThanks(DialogContext dialog) => ScopeGuard.IsThanks(InformalIndonesian.Normalize(dialog.Text));
}
