using SmartCity.Bot.Conversation;
using SmartCity.Bot.Regions;

namespace SmartCity.Bot.Showcase;

/// <summary>
/// A message naming a region's programme by its title (its title, asking where it is from) is about that region, whichever
/// capability answers it (the documents may answer from a section that names several regions): the region becomes the
/// conversation's subject before the message is routed, so "mereka", "dia", "daerah itu" point at it next. A region the
/// message names itself, or the one answer speaks of, still takes over afterwards.
/// </summary>
public sealed class ProgrammeSubject(ShowcaseAnswers answers, RegionRegistry registry) : ITurnObserver
{
    public Task ObserveAsync(ITurn turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.Type == Protocol.ActivityTypes.Message && turn.Text is { Length: > 0 and <= MaxChars } text
            && answers.RegionOfNamed(text) is { } region)
            new ConversationMemory(turn, registry).RememberSubject(region);
        return Task.CompletedTask;
    }

    // A long message (a collaboration request's own text) may mention a programme in passing.
    private const int MaxChars = 200;
}
