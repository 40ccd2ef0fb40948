using SmartCity.Bot.Cards;
using SmartCity.Bot.Conversation;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Regions;

/// <summary>
/// "Kabupaten X masuk provinsi apa?" answered, then "kalau Kabupaten Y?": the same question of Y — its province from
/// regions.csv — not whether Y took part. Only a message that names one region and nothing else (<see cref="Entities.OnlyPlace"/>)
/// right after a province answer is read so; Y becomes the region the conversation is about.
/// </summary>
public sealed class ProvinceOfFollowUp(RegionDataAnswers regionData, ICardRenderer cards, RegionRegistry registry) : IAnswerAside
{
    private static readonly NextTurnMemory<string> ProvinceGiven = new("regions.provinceGiven");

    /// <summary>The reply of this message gave a region's province.</summary>
    public static void Given(ITurn turn) => ProvinceGiven.Hold(turn, "province");

    public bool Answers(ITurn turn, Recognition read)
    {
        if (ProvinceGiven.Before(turn) is null || read.Entities is not { OnlyPlace: true, Region: { } region }) return false;
        turn.Send(cards.Render(regionData.ProvinceCard(region), turn.ChannelId));
        new ConversationMemory(turn, registry).RememberSubject(region);
        Given(turn);
        return true;
    }

    // Kept only while the last reply gave a province.
    public void Remember(ITurn turn) => ProvinceGiven.Expire(turn);

    public bool KeepsThread => false;
}
