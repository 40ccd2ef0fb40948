using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Tests.Understanding;

/// <summary>
/// Asking whether a party may fund smart city work (knowledge/lexicon/tanya-izin.txt + hal-pendanaan.txt) is a question,
/// not yet a request; a speaker's own wish to fund is a request.
/// </summary>
public sealed class PermissionQuestionTests
{
    [Theory]
    [InlineData("bolehkah perusahaan swasta membiayai proyek kota cerdas")]
    [InlineData("apakah bisa investor ikut pendanaan program di kabupaten")]
    [InlineData("may a foreign firm co-fund a city programme")]
    public void Asking_whether_funding_is_allowed_is_a_question(string normalized) => Assert.True(PermissionQuestion.AsksWhetherFunding(normalized));

    [Theory]
    [InlineData("kami ingin mendanai inovasi kabupaten sleman boleh")]
    [InlineData("boleh minta daftar peserta tahun 2019")]
    [InlineData("bagaimana cara mendanai program kota bogor")]
    public void A_wish_to_fund_or_no_funding_permission_is_not_that_question(string normalized) =>
        Assert.False(PermissionQuestion.AsksWhetherFunding(normalized));
}
