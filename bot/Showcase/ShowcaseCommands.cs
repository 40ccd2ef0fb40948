using System.Text.Json;
using SmartCity.Bot.Cards;
using SmartCity.Bot.Conversation;
using SmartCity.Bot.Protocol;
using SmartCity.Bot.Regions;

namespace SmartCity.Bot.Showcase;

/// <summary>The "Lihat inovasi" button of a region's card (data member "showcase" = region code) shows its showcase.</summary>
public sealed class ShowcaseCommands(ShowcaseAnswers answers, RegionRegistry registry, ICardRenderer cards) : ITurnHandler
{
    public const string ActionKey = "showcase";

    public int Order => 4;

    public Task<bool> TryHandleAsync(ITurn turn, CancellationToken ct)
    {
        if (ProtocolJson.AsElement(turn.Activity.Value) is not { ValueKind: JsonValueKind.Object } value ||
            !value.TryGetProperty(ActionKey, out var code) || code.ValueKind != JsonValueKind.String ||
            !registry.ByCode.TryGetValue(code.GetString()!, out var region))
            return Task.FromResult(false);
        Show(turn, region);
        return Task.FromResult(true);
    }

    public void Show(ITurn turn, Region region)
    {
        turn.UserState.Set(Dialogs.ParticipationHandler.ProfileRegionKey, region.Code);
        turn.Send(cards.Render(answers.For(region), turn.ChannelId));
    }
}
