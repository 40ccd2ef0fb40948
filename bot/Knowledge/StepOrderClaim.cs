using SmartCity.Bot.Conversation;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Knowledge;

/// <summary>
/// "after the bimtek, which stage comes next?" asks the programme's order of stages (<see cref="StepOrder"/>), though
/// its words ("tahap berikutnya") lean to the region's own next step. A message naming a stage of the documents after
/// or before an order word, and no place, is the documents' — also in the middle of the status check, which then
/// resumes. A bare "langkah berikutnya?" names no stage and stays the region's.
/// </summary>
public sealed class StepOrderClaim(QuestionAnswerer answerer) : IDialogClaim
{
    public string? Claims(ITurn turn, Recognition recognition) =>
        recognition.TopIntent == IntentNames.NextStep
        && recognition.Entities is { Regions.IsEmpty: true, OwnRegion: false, Year: null, Cohort: null }
        && answerer.AsksStepOrder(turn.Text, topic: null)
            ? IntentNames.ProgrammeQuestion
            : null;
}
