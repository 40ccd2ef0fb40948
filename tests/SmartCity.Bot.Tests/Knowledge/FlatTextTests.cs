using SmartCity.Bot.Knowledge;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>The one way the loaders put a cell, heading or element of a staff document on one line (<see cref="FlatText"/>).</summary>
public sealed class FlatTextTests
{
    [Theory]
    [InlineData("Tahap\n  kedua:\tpenilaian", "Tahap kedua: penilaian")]
    [InlineData("  Kota\u00a0Batu \r\n", "Kota Batu")]
    [InlineData(" \n\t ", "")]
    public void Every_run_of_white_space_is_one_space_and_the_ends_are_trimmed(string text, string flat) =>
        Assert.Equal(flat, FlatText.Flat(text));
}
