using SmartCity.Bot.Cards;
using SmartCity.Bot.Conversation;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Regions;

/// <summary>
/// The one place a region's province is told (<see cref="RegionDataAnswers.ProvinceCard"/>), by the documents' handler
/// and the participation dialog alike (<see cref="TellsProvince"/>) and as a follow-up: "Kabupaten X masuk provinsi apa?"
/// answered, then "kalau Kabupaten Y?": the same question of Y — its province from regions.csv — not whether Y took
/// part. Only a message that names one region and nothing else (<see cref="Entities.OnlyPlace"/>) right after a province
/// answer is read so; Y becomes the region the conversation is about.
/// </summary>
public sealed class ProvinceOfFollowUp(RegionDataAnswers regionData, ICardRenderer cards, RegionRegistry registry) : IAnswerAside
{
    private static readonly NextTurnMemory<string> ProvinceGiven = new("regions.provinceGiven");

    /// <summary>
    /// "Kota Tual masuk provinsi apa?", or "provinsinya apa?" of <paramref name="spokenOf"/>: the province card
    /// (<see cref="RegionDataAnswers.ProvinceOf"/>) sent; false when the message asks no region's province.
    /// </summary>
    public bool TellsProvince(ITurn turn, Recognition read, Region? spokenOf = null)
    {
        if (regionData.ProvinceOf(read, spokenOf) is not { } province) return false;
        Send(turn, province);
        return true;
    }

    public bool Answers(ITurn turn, Recognition read)
    {
        if (ProvinceGiven.Before(turn) is null || read.Entities is not { OnlyPlace: true, Region: { } region }) return false;
        Send(turn, regionData.ProvinceCard(region));
        new ConversationMemory(turn, registry).RememberSubject(region);
        return true;
    }

    // The card, and for the next message that this reply gave a province.
    private void Send(ITurn turn, AnswerCard province)
    {
        turn.Send(cards.Render(province, turn.ChannelId));
        ProvinceGiven.Hold(turn, "province");
    }

    // Kept only while the last reply gave a province.
    public void Remember(ITurn turn) => ProvinceGiven.Expire(turn);

    public bool KeepsThread => false;
}
