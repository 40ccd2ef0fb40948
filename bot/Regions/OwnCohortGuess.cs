using SmartCity.Bot.Conversation;
using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Regions;

/// <summary>
/// "kita ini angkatan 2019 ya kan?" from a user whose region is known: a guess about their own cohort, confirmed ("Ya, …")
/// or corrected ("Bukan, …") from the participant data, though the cohort's words lean to the documents (which tell about
/// the cohort and confirm nothing). Only a tag-closed statement with no question word, in participation's own words.
/// </summary>
public sealed class OwnCohortGuess(RegionRegistry registry, Recognizer recognizer) : IDialogClaim
{
    public string? Claims(ITurn turn, Recognition recognition) =>
        recognition.TopIntent != IntentNames.Participation && turn.UserState.Get<string>(ConversationMemory.RegionKey) is not null
        && recognition.Entities is { Regions.IsEmpty: true } entities && (entities.OwnRegion || entities.OwnCohort)
        && (entities.Cohort ?? entities.Year ?? registry.YearNamedIn(entities.Regions.Normalized)) is not null
        && StatedGuess.In(turn.Text) && Premise.Confirms(entities.Regions.Normalized, turn.Text)
        && recognizer.Speaks(IntentNames.Participation, entities.Regions.Masked)
            ? IntentNames.Participation
            : null;
}
