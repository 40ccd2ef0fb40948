namespace SmartCity.Bot.Understanding;

/// <summary>
/// The intents of the training data by name, for code that routes or compares them. The labels of
/// knowledge/understanding/*.lu ("# StatusCheck") stay the source of truth: IntentNamesTests fails when a constant is
/// not a label there or a label has no constant. (Not "Intents": handlers and <see cref="Recognition"/> have a member of that name.)
/// </summary>
public static class IntentNames
{
    public const string Cancel = "Cancel";
    public const string ChangeRegion = "ChangeRegion";
    public const string ChecklistAnswer = "ChecklistAnswer";
    public const string Collaboration = "Collaboration";
    public const string CollaborationStatus = "CollaborationStatus";
    public const string Contact = "Contact";
    public const string Deadline = "Deadline";
    public const string FeedbackHelpful = "FeedbackHelpful";
    public const string FeedbackNotHelpful = "FeedbackNotHelpful";
    public const string Greeting = "Greeting";
    public const string Help = "Help";
    public const string NextStep = "NextStep";
    public const string OutOfScope = "OutOfScope";
    public const string Participation = "Participation";
    public const string Presence = "Presence";
    public const string ProgrammeQuestion = "ProgrammeQuestion";
    public const string RegionShowcase = "RegionShowcase";
    public const string ReminderOff = "ReminderOff";
    public const string ReminderOn = "ReminderOn";
    public const string Restart = "Restart";
    public const string StatusCheck = "StatusCheck";
    public const string Thanks = "Thanks";
}
